import { describe, expect, it } from 'vitest';
import { chooseJobs, MIN_WORKER_TASKS } from '../src/cli/jobs.js';

describe('the --jobs default', () => {
  const big = MIN_WORKER_TASKS * 2;

  it('runs a small batch inline however many cores are idle', () => {
    expect(chooseJobs(200, null, { cores: 16, load: 0 }).jobs).toBe(1);
    expect(chooseJobs(MIN_WORKER_TASKS - 1, null, { cores: 16, load: 0 }).jobs).toBe(1);
  });

  it('gives a big batch one worker per free core, never more than the cores', () => {
    expect(chooseJobs(big, null, { cores: 2, load: 0.1 }).jobs).toBe(2);
    expect(chooseJobs(big, null, { cores: 8, load: 3 }).jobs).toBe(5);
    expect(chooseJobs(big, null, { cores: 4, load: 0 }).jobs).toBe(4);
  });

  it('runs inline on a busy machine, where a worker would wait for a core', () => {
    const busy = chooseJobs(big, null, { cores: 2, load: 11 });
    expect(busy.jobs).toBe(1);
    expect(busy.why).toMatch(/^inline: 1 of 2 core\(s\) free \(load 11\.0\)$/);
    expect(chooseJobs(big, null, { cores: 2, load: 1 }).jobs).toBe(1);
  });

  it('takes --jobs as given, and says why in each case', () => {
    expect(chooseJobs(big, 3, { cores: 2, load: 11 })).toEqual({ jobs: 3, why: '--jobs 3' });
    expect(chooseJobs(5, null, { cores: 2, load: 0 }).why).toBe(`inline: 5 input(s), workers pay from ${MIN_WORKER_TASKS}`);
    expect(chooseJobs(big, null, { cores: 8, load: 3 }).why).toBe('5 workers: 5 of 8 core(s) free (load 3.0)');
  });
});
