/**
 * Runs tasks with at most `total` at once and at most `perKey` at once for any key (a host).
 * A task that throws is reported to `onError` and does not stop the others.
 */
export async function runLimited<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  total: number,
  perKey: number,
  task: (item: T) => Promise<void>,
  onError: (item: T, err: unknown) => void = () => undefined,
): Promise<void> {
  const running = new Map<string, number>();
  const queue = [...items];
  let active = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      if (!queue.length && active === 0) return resolve();
      for (let i = 0; i < queue.length && active < total;) {
        const key = keyOf(queue[i]!);
        if ((running.get(key) ?? 0) >= perKey) {
          i++;
          continue;
        }
        const [item] = queue.splice(i, 1);
        active++;
        running.set(key, (running.get(key) ?? 0) + 1);
        task(item!)
          .catch((err: unknown) => onError(item!, err))
          .finally(() => {
            active--;
            running.set(key, running.get(key)! - 1);
            pump();
          });
      }
    };
    pump();
  });
}
