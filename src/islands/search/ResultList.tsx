// The results: those holding every word of the query, then the looser ones under their own heading.
import { formatIsoDate } from '../../lib/dates.ts';
import type { ShownHit } from '../../stores/search-engine.ts';

export default function ResultList({ hits }: { hits: ShownHit[] }) {
  const exact = hits.filter((hit) => hit.exact);
  const loose = hits.filter((hit) => !hit.exact);
  return (
    <>
      {exact.length > 0 && <Results hits={exact} label="Kết quả tìm kiếm" heading="h2" />}
      {loose.length > 0 && (
        <section class="search__loose" aria-labelledby="search-loose">
          <h2 id="search-loose" class="search__loose-heading">Kết quả gần đúng</h2>
          <p class="search__loose-note">Các trang dưới đây không có đủ các từ đã gõ ở gần nhau, hoặc chỉ có từ gần giống.</p>
          <Results hits={loose} label="Kết quả gần đúng" heading="h3" />
        </section>
      )}
    </>
  );
}

function Results({ hits, label, heading: Title }: { hits: ShownHit[]; label: string; heading: 'h2' | 'h3' }) {
  return (
    <ol class="search__results" aria-label={label}>
      {hits.map((hit) => (
        <li key={hit.targetUrl} class="search-result">
          <Title class="search-result__title">
            <a href={hit.targetUrl}>{hit.title}</a>
          </Title>
          {(hit.kind || hit.number || hit.date) && (
            <p class="search-result__meta">
              {/* A page found by its number or date shows it highlighted: it is what matched. */}
              {[
                [hit.kind, false],
                [hit.number, hit.matchedBy === 'number'],
                [hit.date ? formatIsoDate(hit.date) : undefined, hit.matchedBy === 'date'],
              ]
                .filter(([part]) => part)
                .flatMap(([part, matched], i) => [i > 0 ? ' · ' : '', matched ? <mark key="matched">{part}</mark> : part])}
            </p>
          )}
          {/* The title already links to this section; naming it here says where the link lands. */}
          {hit.section && <p class="search-result__section">Mục: {hit.section}</p>}
          <p class="search-result__excerpt" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
        </li>
      ))}
    </ol>
  );
}
