// Names sorted as a Vietnamese reader expects: Đ after D (not after V, as code points put it),
// tones and case second. Everywhere the app sorts names itself, it sorts with this.
const collator = new Intl.Collator("vi");

export const compareNames: (a: string, b: string) => number = collator.compare;

/** A sorted copy of `items` by the name `nameOf` gives. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNames(nameOf(a), nameOf(b)));
}
