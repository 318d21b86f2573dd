import { runInProcess } from './helpers/cli-inproc.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFile } from './helpers/cli.js';

describe('labwatch watch (CLI)', () => {
  const dir = tempDir();
  const config = writeFile(dir, 'lw.yaml', `database: ${path.join(dir, 'lw.db')}\nwatchlist:\n  orgs:\n    - name: Anthropic\n`);
  const cli = (...args: string[]) => runInProcess(['--config', config, ...args]);

  it('adds, lists and removes people and orgs', async () => {
    const person = await cli('watch', 'add', 'person', 'Chi-Hao Wu', '--alias', '吴启豪', '--alias', 'Chihao Wu', '--org', 'Meta');
    expect(person.code).toBe(0);
    expect(person.stdout).toContain('Now watching person Chi-Hao Wu · aka 吴启豪, Chihao Wu · at Meta');

    const org = await cli('watch', 'add', 'org', 'msl');
    expect(org.code).toBe(0);
    // The catalog knows MSL as a unit of Meta and names it canonically.
    expect(org.stdout).toContain('Now watching org Meta Superintelligence Labs');

    const list = await cli('watch', 'list');
    expect(list.stdout).toContain('person Chi-Hao Wu');
    expect(list.stdout).toContain('org Meta Superintelligence Labs');

    const json = JSON.parse((await cli('watch', 'list', '--json')).stdout) as { kind: string; name: string; scope: string; aliases: string[] }[];
    expect(json.find((w) => w.name === 'Chi-Hao Wu')).toMatchObject({ kind: 'person', scope: 'config', aliases: ['吴启豪', 'Chihao Wu'] });

    const removed = await cli('watch', 'remove', 'chi-hao wu');
    expect(removed.code).toBe(0);
    expect((await cli('watch', 'list')).stdout).not.toContain('Chi-Hao Wu');
  });

  it('adding the same person again merges aliases instead of duplicating', async () => {
    await cli('watch', 'add', 'person', 'Tony Liu', '--alias', 'Tony L.');
    const again = await cli('watch', 'add', 'person', 'Tony Liu', '--alias', '刘通');
    expect(again.stdout).toContain('Updated watch on person Tony Liu · aka Tony L., 刘通');
    const json = JSON.parse((await cli('watch', 'list', '--json')).stdout) as { name: string }[];
    expect(json.filter((w) => w.name === 'Tony Liu')).toHaveLength(1);
  });

  it('fails with one line and a non-zero code on bad input', async () => {
    const missing = await cli('watch', 'remove', 'Nobody Here');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('labwatch: No watch named "Nobody Here" here. See the list with "watch list".');

    const hostile = await cli('watch', 'add', 'person', '<!channel> @everyone');
    expect(hostile.code).toBe(2);
    expect(hostile.stderr.trim()).toMatch(/^labwatch: the person's name .* cannot contain/);
    expect(hostile.stderr.trim().split('\n')).toHaveLength(1);

    const usage = await cli('watch', 'add', 'planet', 'Mars');
    expect(usage.code).toBe(2);
  });

  it('a broken config stops the command with one line naming the file and key', async () => {
    const bad = writeFile(dir, 'bad.yaml', 'matching:\n  minConfidence: 7\n');
    const res = await runInProcess(['--config', bad, 'watch', 'list']);
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toMatch(/^labwatch: .*bad\.yaml: matching\.minConfidence: .+$/);
  });
});
