import { describe, expect, it } from 'vitest';
import { BoundedJobs } from '../../src/commands/bounded-jobs.js';

/** A job that ends when told to, recording when it started and ended. */
function controlled(log: string[], name: string) {
  let finish!: (error?: Error) => void;
  const job = () => {
    log.push(`start ${name}`);
    return new Promise<void>((resolve, reject) => {
      finish = (error) => {
        log.push(`end ${name}`);
        if (error) reject(error);
        else resolve();
      };
    });
  };
  return { job, finish: (error?: Error) => finish(error) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('BoundedJobs', () => {
  it('runs at most `limit` jobs at once, started in the order added', async () => {
    const log: string[] = [];
    const jobs = new BoundedJobs(2);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => controlled(log, name));
    for (const { job } of [a!, b!, c!]) jobs.add(job);
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    b!.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    a!.finish();
    c!.finish();
    await jobs.drained();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c', 'end a', 'end c']);
  });

  it('gives room once no more than `limit` jobs wait to start', async () => {
    const log: string[] = [];
    const jobs = new BoundedJobs(1);
    const started = ['a', 'b', 'c'].map((name) => controlled(log, name));
    for (const { job } of started) jobs.add(job);
    // One runs, two wait: no room until one of them has started.
    let room = false;
    const waiting = jobs.room().then(() => {
      room = true;
    });
    await settle();
    expect(room).toBe(false);
    started[0]!.finish();
    await waiting;
    expect(log).toEqual(['start a', 'end a', 'start b']);
    started[1]!.finish();
    await settle();
    started[2]!.finish();
    await jobs.drained();
  });

  it('stops starting jobs at the first failure, and rejects with it once the running ones have ended', async () => {
    const log: string[] = [];
    const jobs = new BoundedJobs(2);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => controlled(log, name));
    for (const { job } of [a!, b!, c!]) jobs.add(job);
    await settle();
    a!.finish(new Error('disk full'));
    await settle();
    let ended = false;
    const drained = jobs.drained().catch((error: Error) => {
      ended = true;
      return error.message;
    });
    await settle();
    expect(ended).toBe(false);
    b!.finish();
    expect(await drained).toBe('disk full');
    await expect(jobs.room()).rejects.toThrow('disk full');
    jobs.add(async () => {
      log.push('added after the failure');
    });
    await settle();
    expect(log).toEqual(['start a', 'start b', 'end a', 'end b']);
  });
});
