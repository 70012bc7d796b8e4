/**
 * A pure function of a string, with the answers for the strings met lately kept: a plan names the same
 * few bodies and symbols many times, and the editor checks it again on every keystroke. The store is
 * emptied when full, so that it never grows past `max` answers.
 */
export function keepingRecent<T>(compute: (text: string) => T, max = 4096): (text: string) => T {
  const known = new Map<string, { readonly value: T }>();
  return (text) => {
    const hit = known.get(text);
    if (hit) return hit.value;
    if (known.size >= max) known.clear();
    const value = compute(text);
    known.set(text, { value });
    return value;
  };
}
