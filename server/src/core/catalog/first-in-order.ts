/**
 * The first `n` of `items` by `order`, in that order (all of them, as they are, when there are no more):
 * kept in a sorted window of `n`, each item compared with the window's last and placed by binary search.
 */
export function firstInOrder<T>(items: readonly T[], n: number, order: (a: T, b: T) => number): readonly T[] {
  if (items.length <= n) return items;
  const top: T[] = [];
  for (const item of items) {
    if (top.length === n && order(item, top[n - 1]) >= 0) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (order(top[mid], item) <= 0) low = mid + 1;
      else high = mid;
    }
    top.splice(low, 0, item);
    if (top.length > n) top.pop();
  }
  return top;
}
