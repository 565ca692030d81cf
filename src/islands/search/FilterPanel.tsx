// Filters by kind and year, each value with its count; folded on a phone, where they would push the
// results below the fold.
import { formatNumber } from '../../lib/numbers.ts';
import type { SearchState } from '../../lib/search/query.ts';

interface Props {
  state: SearchState;
  counts: { kind: Record<string, number>; year: Record<string, number> };
  open: boolean;
  onChoose: (change: Partial<Pick<SearchState, 'kind' | 'year'>>) => void;
}

export default function FilterPanel({ state, counts, open, onChoose }: Props) {
  const active = [state.kind, state.year].filter(Boolean);
  return (
    <details class="search__filters" open={open || active.length > 0}>
      <summary>
        Lọc theo loại nội dung và năm
        {active.length > 0 && <span class="search__filters-active"> (đang lọc: {active.join(', ')})</span>}
      </summary>
      <div class="search__filter-groups">
        <FilterGroup legend="Loại nội dung" name="loai" counts={counts.kind} selected={state.kind} onChoose={(kind) => onChoose({ kind })} />
        <FilterGroup
          legend="Năm"
          name="nam"
          counts={counts.year}
          selected={state.year}
          onChoose={(year) => onChoose({ year })}
          sort={(a, b) => b.localeCompare(a)}
        />
      </div>
    </details>
  );
}

interface FilterGroupProps {
  legend: string;
  name: string;
  counts: Record<string, number>;
  selected: string | undefined;
  onChoose: (value: string | undefined) => void;
  sort?: (a: string, b: string) => number;
}

function FilterGroup({ legend, name, counts, selected, onChoose, sort = (a, b) => a.localeCompare(b, 'vi') }: FilterGroupProps) {
  const values = Object.keys(counts)
    .filter((value) => (counts[value] ?? 0) > 0 || value === selected)
    .sort(sort);
  if (selected && !values.includes(selected)) values.unshift(selected);
  return (
    <fieldset class="search-filter">
      <legend>{legend}</legend>
      <label class="search-filter__option">
        <input type="radio" name={name} value="" checked={!selected} onChange={() => onChoose(undefined)} />
        <span>Tất cả</span>
      </label>
      {values.map((value) => (
        <label class="search-filter__option" key={value}>
          <input type="radio" name={name} value={value} checked={selected === value} onChange={() => onChoose(value)} />
          <span>
            {value} <span class="search-filter__count">({formatNumber(counts[value] ?? 0)})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
