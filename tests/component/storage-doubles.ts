// A localStorage stand-in whose failures a test controls, and the "storage" event another tab would send.

/** Storage in memory; `refuse(…)` makes setItem throw a quota error (for every write, after N writes, or by value). */
export class ControlledStorage implements Storage {
  private items = new Map<string, string>();
  private refusal: ((key: string, value: string) => boolean) | undefined;
  writes = 0;

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refusal?.(key, value)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes += 1;
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  /** Storage is full from now on (for every write, or those `when` picks) until `accept()`. */
  refuse(when: (key: string, value: string) => boolean = () => true): void {
    this.refusal = when;
  }
  /** Full after `count` more successful writes. */
  refuseAfter(count: number): void {
    let left = count;
    this.refusal = () => left-- <= 0;
  }
  accept(): void {
    this.refusal = undefined;
  }
}

/** What the browser does in the other tabs after a write to `key`. */
export function announceChange(storage: Storage, key: string): void {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: storage.getItem(key) }));
}
