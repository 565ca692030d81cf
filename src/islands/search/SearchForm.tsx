// The search box: a plain GET form the server renders, so it submits without JavaScript too.
import type { Ref } from 'preact';
import { MAX_QUERY_LENGTH } from '../../lib/search/query.ts';

interface Props {
  action: string;
  query: string;
  box: Ref<HTMLInputElement>;
  onType: (query: string) => void;
  onSubmit: (query: string) => void;
  /** Focus or a touch of the box (a touch comes before the focus): the reader is about to search. */
  onFocus: () => void;
  onBlur: () => void;
}

export default function SearchForm({ action, query, box, onType, onSubmit, onFocus, onBlur }: Props) {
  return (
    <form
      class="search__form"
      role="search"
      aria-label="Tìm trong văn bản, nghị quyết, cẩm nang và chuyên mục"
      action={action}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        // Read the box itself: Enter can come before the last keystroke has re-rendered.
        onSubmit((event.currentTarget.elements.namedItem('q') as HTMLInputElement).value);
      }}
    >
      <label for="search-q">Từ khóa</label>
      <div class="search__row">
        <input
          ref={box}
          id="search-q"
          name="q"
          type="search"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="search-status"
          onInput={(event) => onType(event.currentTarget.value)}
          onFocus={onFocus}
          onPointerDown={onFocus}
          onBlur={onBlur}
        />
        <button type="submit">Tìm</button>
      </div>
    </form>
  );
}
