// For the đảng bộ: adds up the figures files of several chi bộ — members surveyed and members the chi ủy concluded
// to show manifestations, by chi bộ and overall — and compares with an earlier round. Files are read on this device.
import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import type { TallyManifestation } from '../../lib/tally/results.ts';
import { shareOf } from '../../lib/tally/results.ts';
import { addTotalsFile } from '../../lib/tally/transfer.ts';
import { addFigures, compareFigures, csvText, readFiguresFile, type Figures, type FiguresFile } from '../../lib/tally/figures.ts';
import { downloadText } from '../download.ts';
import { TallyChart } from './TallyChart.tsx';
import { printPaper } from './print.ts';
import { addErrorText, membersText, periodLabel, readErrorText, shareText, signed } from './text.ts';

interface Props {
  manifestations: (TallyManifestation & { shortName: string })[];
}

type Round = 'now' | 'earlier';

export default function TallyAddUp({ manifestations }: Props) {
  const [files, setFiles] = useState<Record<Round, FiguresFile[]>>({ now: [], earlier: [] });
  const [messages, setMessages] = useState<Record<Round, string[]>>({ now: [], earlier: [] });

  const addFiles = async (round: Round, list: FileList | null) => {
    if (!list) return;
    let current = files[round];
    const notes: string[] = [];
    for (const file of Array.from(list)) {
      const read = readFiguresFile(await file.text(), manifestations);
      if (!read.ok) {
        notes.push(readErrorText(read, file.name));
        continue;
      }
      const added = addTotalsFile(current, read.file);
      if (!added.ok) {
        notes.push(addErrorText(added, file.name));
        continue;
      }
      current = added.files;
      notes.push(`Đã cộng tệp “${file.name}” (${read.file.unit}, ${membersText(read.file.membersSurveyed)} được khảo sát).`);
    }
    setFiles((before) => ({ ...before, [round]: current }));
    setMessages((before) => ({ ...before, [round]: notes }));
  };

  const onChange = (round: Round) => (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    void addFiles(round, input.files).then(() => {
      input.value = '';
    });
  };

  const remove = (round: Round, unit: string) => {
    setFiles({ ...files, [round]: files[round].filter((file) => file.unit !== unit) });
    setMessages({ ...messages, [round]: [`Đã bỏ số liệu của ${unit}.`] });
  };

  const now = files.now;
  const overall = now.length > 0 ? addFigures(manifestations, now) : undefined;
  const earlierOverall = files.earlier.length > 0 ? addFigures(manifestations, files.earlier) : undefined;

  return (
    <div class="tally-addup" data-ready="true">
      <p class="no-print">
        <label for="tep-chi-bo" class="tally-entry__label">
          Chọn các tệp số liệu của các chi bộ (chọn được nhiều tệp một lúc)
        </label>
        <input id="tep-chi-bo" type="file" accept=".json,application/json" multiple onChange={onChange('now')} />
      </p>
      <Messages lines={messages.now} />
      {overall && (
        <article class="tally-paper tally-addup__paper" data-paper="cong-don" aria-label="Kết quả cộng (bản in)">
          <p class="tally-paper__title">Kết quả khảo sát, đánh giá biểu hiện suy thoái — {periodLabel(now[0]!.period).toLowerCase()}</p>
          <p>
            Cộng từ tệp số liệu của {now.length} chi bộ. Số đảng viên có biểu hiện là số đảng viên được chi ủy kết luận có biểu hiện suy thoái sau khi
            nghe giải trình; tỷ lệ tính trên số đảng viên được khảo sát.
          </p>
          <AddUpTable files={now} overall={overall} />
          <figure class="tally-result__chart">
            <TallyChart
              id="bieu-do-cong-don"
              title="Tỷ lệ đảng viên có biểu hiện suy thoái, theo chi bộ"
              data={[...now.map((file) => ({ unit: file.unit, figures: file as Figures })), { unit: 'Toàn đảng bộ', figures: overall }].map(({ unit, figures }) => ({
                label: unit,
                value: shareOf(figures.membersConcluded, figures.membersSurveyed) ?? 0,
                valueText: shareText(figures.membersConcluded, figures.membersSurveyed),
              }))}
            />
            <figcaption>Biểu đồ: tỷ lệ đảng viên có biểu hiện trên số đảng viên được khảo sát. Số liệu đầy đủ ở bảng.</figcaption>
          </figure>
          <ManifestationTable manifestations={manifestations} overall={overall} />
          {earlierOverall && files.earlier[0] && <Comparison now={overall} earlier={earlierOverall} earlierFiles={files.earlier} manifestations={manifestations} />}
        </article>
      )}
      {overall && (
        <p class="no-print">
          <button type="button" onClick={() => printPaper('cong-don')}>
            In kết quả cộng
          </button>{' '}
          <button type="button" class="secondary" onClick={() => downloadText(addUpFileName(now[0]!), csvText(addUpRows(now, overall, manifestations)), 'text/csv')}>
            Tải kết quả cộng (tệp CSV)
          </button>
        </p>
      )}
      {overall && (
        <details class="tally-more no-print">
          <summary>So sánh với đợt trước</summary>
          <p>
            <label for="tep-dot-truoc" class="tally-entry__label">
              Chọn các tệp số liệu của đợt trước
            </label>
            <input id="tep-dot-truoc" type="file" accept=".json,application/json" multiple onChange={onChange('earlier')} />
          </p>
          <Messages lines={messages.earlier} />
        </details>
      )}
      {now.length > 0 && (
        <ul class="tally-addup__files no-print">
          {now.map((file) => (
            <li key={file.unit}>
              {file.unit}{' '}
              <button type="button" class="secondary small" onClick={() => remove('now', file.unit)}>
                Bỏ tệp của {file.unit}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The add-up as a table a spreadsheet opens: by chi bộ, overall, then per manifestation. */
function addUpRows(files: FiguresFile[], overall: Figures, manifestations: Props['manifestations']): string[][] {
  const share = (part: number, whole: number) => shareText(part, whole);
  return [
    ['Chi bộ', 'Đảng viên được khảo sát', 'Đảng viên có biểu hiện', 'Tỷ lệ'],
    ...files.map((file) => [file.unit, String(file.membersSurveyed), String(file.membersConcluded), share(file.membersConcluded, file.membersSurveyed)]),
    ['Toàn đảng bộ', String(overall.membersSurveyed), String(overall.membersConcluded), share(overall.membersConcluded, overall.membersSurveyed)],
    [],
    ['Biểu hiện', 'Số đảng viên', 'Tỷ lệ trên số đảng viên được khảo sát'],
    ...manifestations.map((m) => {
      const members = overall.byManifestation[String(m.number)] ?? 0;
      return [`${m.number}. ${m.shortName}`, String(members), share(members, overall.membersSurveyed)];
    }),
  ];
}

function addUpFileName(file: FiguresFile): string {
  return `cong-so-lieu-${file.period.year}${file.period.half ? `-${file.period.half}` : ''}.csv`;
}

function Messages({ lines }: { lines: string[] }) {
  return (
    <div role="status" class="tally-addup__messages no-print">
      {lines.length > 0 && (
        <ul>
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AddUpTable({ files, overall }: { files: FiguresFile[]; overall: Figures }) {
  return (
    <div class="table-scroll">
      <table class="tally-addup__table">
        <caption>Đảng viên có biểu hiện suy thoái, theo chi bộ</caption>
        <thead>
          <tr>
            <th scope="col">Chi bộ</th>
            <th scope="col" class="num">
              Đảng viên được khảo sát
            </th>
            <th scope="col" class="num">
              Đảng viên có biểu hiện
            </th>
            <th scope="col" class="num">
              Tỷ lệ
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.unit}>
              <th scope="row">{file.unit}</th>
              <td class="num">{file.membersSurveyed}</td>
              <td class="num">{file.membersConcluded}</td>
              <td class="num">{shareText(file.membersConcluded, file.membersSurveyed)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Toàn đảng bộ</th>
            <td class="num">{overall.membersSurveyed}</td>
            <td class="num">{overall.membersConcluded}</td>
            <td class="num">{shareText(overall.membersConcluded, overall.membersSurveyed)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function ManifestationTable({ manifestations, overall }: { manifestations: Props['manifestations']; overall: Figures }) {
  const seen = manifestations.filter((m) => (overall.byManifestation[String(m.number)] ?? 0) > 0);
  if (seen.length === 0) return <p>Không đảng viên nào được chi ủy kết luận có biểu hiện suy thoái.</p>;
  return (
    <div class="table-scroll">
      <table class="tally-addup__seen">
        <caption>Các biểu hiện chi ủy kết luận, toàn đảng bộ</caption>
        <thead>
          <tr>
            <th scope="col">Biểu hiện</th>
            <th scope="col" class="num">
              Số đảng viên
            </th>
            <th scope="col" class="num">
              Tỷ lệ
            </th>
          </tr>
        </thead>
        <tbody>
          {seen.map((m) => (
            <tr key={m.number}>
              <th scope="row">
                {m.number}. {m.shortName}
              </th>
              <td class="num">{overall.byManifestation[String(m.number)]}</td>
              <td class="num">{shareText(overall.byManifestation[String(m.number)] ?? 0, overall.membersSurveyed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Comparison({ now, earlier, earlierFiles, manifestations }: { now: Figures; earlier: Figures; earlierFiles: FiguresFile[]; manifestations: Props['manifestations'] }) {
  const comparison = compareFigures(now, earlier);
  const nameOf = new Map(manifestations.map((m) => [m.number, `${m.number}. ${m.shortName}`]));
  return (
    <div class="tally-compare">
      <p>
        Đợt trước ({periodLabel(earlierFiles[0]!.period).toLowerCase()}, {earlierFiles.length} chi bộ): {membersText(earlier.membersConcluded)} có biểu
        hiện trên {membersText(earlier.membersSurveyed)} được khảo sát, {shareText(earlier.membersConcluded, earlier.membersSurveyed)}. Đợt này: số đảng
        viên có biểu hiện {signed(comparison.concludedChange)}
        {comparison.shareChange === null ? '' : `, tỷ lệ ${signed(comparison.shareChange, 2)} điểm phần trăm`}.
      </p>
      {comparison.byManifestation.length > 0 && (
        <div class="table-scroll">
          <table>
            <caption>So sánh theo biểu hiện (số đảng viên)</caption>
            <thead>
              <tr>
                <th scope="col">Biểu hiện</th>
                <th scope="col" class="num">
                  Đợt trước
                </th>
                <th scope="col" class="num">
                  Đợt này
                </th>
                <th scope="col" class="num">
                  Tăng, giảm
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.byManifestation.map((row) => (
                <tr key={row.number}>
                  <th scope="row">{nameOf.get(row.number) ?? row.number}</th>
                  <td class="num">{row.earlier}</td>
                  <td class="num">{row.now}</td>
                  <td class="num">{signed(row.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
