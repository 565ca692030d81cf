// The storage adapter over happy-dom's localStorage, with the failures a browser can throw.
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument, serializeDocument } from '../../src/lib/self-check/document.ts';
import { SET_ASIDE_PREFIX, STORAGE_KEY, openSelfCheckStorage } from '../../src/stores/self-check-storage.ts';

const doc = emptyDocument(new Date('2026-03-01T00:00:00Z'));

beforeEach(() => localStorage.clear());

/** An empty storage whose setItem throws the given DOMException. */
function refusingStorage(name: string): () => Storage {
  const refusing: Storage = {
    length: 0,
    key: () => null,
    getItem: () => null,
    removeItem: () => {},
    clear: () => {},
    setItem: () => {
      throw new DOMException('refused', name);
    },
  };
  return () => refusing;
}

describe('the self-check storage adapter', () => {
  it('writes and reads the document under its one key', () => {
    const storage = openSelfCheckStorage();
    expect(storage.read()).toBeNull();
    expect(storage.save(doc)).toBe('saved');
    expect(storage.read()).toBe(serializeDocument(doc));
    expect(Object.keys(localStorage)).toEqual([STORAGE_KEY]);
  });

  it('reports a full storage as full, and any other refusal as unavailable', () => {
    expect(openSelfCheckStorage(refusingStorage('QuotaExceededError')).save(doc)).toBe('full');
    expect(openSelfCheckStorage(refusingStorage('SecurityError')).save(doc)).toBe('unavailable');
    expect(openSelfCheckStorage(() => undefined).save(doc)).toBe('unavailable');
    expect(openSelfCheckStorage(() => undefined).read()).toBeUndefined();
  });

  it('sets a value aside under a timestamped key and erases it with the document', () => {
    const storage = openSelfCheckStorage();
    storage.save(doc);
    const key = storage.setAside('{broken', new Date('2026-03-02T10:00:00Z'));
    expect(key).toBe(`${SET_ASIDE_PREFIX}2026-03-02T10:00:00.000Z`);
    expect(storage.setAsideKeys()).toEqual([key]);
    expect(storage.readSetAside(key!)).toBe('{broken');
    expect(storage.erase()).toBe(true);
    expect(localStorage.length).toBe(0);
  });

  it('reports no set-aside key when the copy cannot be written', () => {
    expect(openSelfCheckStorage(refusingStorage('QuotaExceededError')).setAside('{broken', new Date())).toBeUndefined();
  });

  it('hears only changes to its own key from other tabs', () => {
    const storage = openSelfCheckStorage();
    const heard: (string | null)[] = [];
    const stop = storage.onExternalChange((raw) => heard.push(raw));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: 'x' }));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: 'new' }));
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: 'after stop' }));
    expect(heard).toEqual(['new', null]);
  });
});
