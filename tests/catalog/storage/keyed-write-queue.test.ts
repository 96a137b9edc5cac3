import { describe, expect, it } from 'vitest';
import { KeyedWriteQueue } from '../../../catalog/storage/keyed-write-queue.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedWriteQueue', () => {
  it('given tasks of one key, then they run one at a time in call order', async () => {
    const queue = new KeyedWriteQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name}+`);
      await tick(ms);
      log.push(`${name}-`);
      return name;
    };
    const results = await Promise.all([queue.run('a', task('1', 15)), queue.run('a', task('2', 1)), queue.run('a', task('3', 5))]);
    expect(results).toEqual(['1', '2', '3']);
    expect(log).toEqual(['1+', '1-', '2+', '2-', '3+', '3-']);
  });

  it('given tasks of two keys, then they overlap', async () => {
    const queue = new KeyedWriteQueue();
    const log: string[] = [];
    await Promise.all([
      queue.run('a', async () => {
        log.push('a+');
        await tick(15);
        log.push('a-');
      }),
      queue.run('b', async () => {
        log.push('b+');
        log.push('b-');
      }),
    ]);
    expect(log).toEqual(['a+', 'b+', 'b-', 'a-']);
  });

  it('given a failing task, then its caller gets the error and the next task still runs', async () => {
    const queue = new KeyedWriteQueue();
    const failed = queue.run('a', async () => {
      throw new Error('disk full');
    });
    const next = queue.run('a', async () => 'ok');
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('ok');
  });

  it('given queued tasks, when drained, then every task has settled', async () => {
    const queue = new KeyedWriteQueue();
    let done = 0;
    void queue.run('a', async () => {
      await tick(10);
      done++;
    });
    void queue.run('b', async () => {
      await tick(5);
      done++;
    });
    await queue.drain();
    expect(done).toBe(2);
  });
});
