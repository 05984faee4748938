/**
 * Which record holds each input line, as a cleaning pass starts: input line numbers in order
 * beside their owners, searched by halving. A Map of every line of a long body was the largest
 * thing a pass held (hundreds of thousands of entries, and a second table while it grew). Line
 * numbers come in order as lines are read; when they do not (a reader that numbers lines its own
 * way), a Map does it, the last owner of a number winning.
 */
export function sourceIndex<T>(owners: readonly T[], numbersOf: (owner: T, add: (n: number) => void) => void): (n: number) => T | undefined {
  let count = 0;
  for (const o of owners) numbersOf(o, () => count++);
  const keys = new Float64Array(count);
  const holders = new Array<T>(count);
  let k = 0;
  let sorted = true;
  for (const o of owners) {
    numbersOf(o, (n) => {
      if (k > 0 && n <= (keys[k - 1] as number)) sorted = false;
      keys[k] = n;
      holders[k++] = o;
    });
  }
  if (!sorted) {
    const map = new Map<number, T>();
    for (let i = 0; i < count; i++) map.set(keys[i] as number, holders[i] as T);
    return (n) => map.get(n);
  }
  return (n) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as number) <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && keys[lo - 1] === n ? holders[lo - 1] : undefined;
  };
}
