import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package's root folder, whether running from src/ (tests) or dist/ (built). */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const migrationsDir = path.join(packageRoot, 'migrations');
export const bundledConfigDir = path.join(packageRoot, 'config');
