// For the đảng bộ: adds up the totals files of several chi bộ, by chi bộ and overall, and compares with an
// earlier round's files. Files are read on this device; nothing is sent.
import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { addTotals, compareTotals, seenManifestations, type TallyManifestation, type Totals } from '../../lib/tally/results.ts';
import { addTotalsFile, readTotalsFile, type TotalsFile } from '../../lib/tally/transfer.ts';
import { TallyChart } from './TallyChart.tsx';
import { SeenTable } from './SeenTable.tsx';
import { addErrorText, ballotsText, CO, periodLabel, readErrorText, shareText, signed } from './text.ts';
import { shareOf } from '../../lib/tally/results.ts';

interface Props {
  manifestations: TallyManifestation[];
}

type Round = 'now' | 'earlier';

export default function TallyAddUp({ manifestations }: Props) {
  const [files, setFiles] = useState<Record<Round, TotalsFile[]>>({ now: [], earlier: [] });
  const [messages, setMessages] = useState<Record<Round, string[]>>({ now: [], earlier: [] });

  const addFiles = async (round: Round, list: FileList | null) => {
    if (!list) return;
    let current = files[round];
    const notes: string[] = [];
    for (const file of Array.from(list)) {
      const read = readTotalsFile(await file.text(), manifestations);
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
      notes.push(`Đã cộng tệp “${file.name}” (${read.file.unit}, ${ballotsText(read.file.ballots)}).`);
    }
    setFiles({ ...files, [round]: current });
    setMessages({ ...messages, [round]: notes });
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
  const overall = now.length > 0 ? addTotals(manifestations, now) : undefined;
  const earlierOverall = files.earlier.length > 0 ? addTotals(manifestations, files.earlier) : undefined;

  return (
    <div class="tally-addup" data-ready="true">
      <p>
        <label for="tep-chi-bo" class="tally-entry__label">
          Chọn các tệp tổng hợp của các chi bộ (chọn được nhiều tệp một lúc)
        </label>
        <input id="tep-chi-bo" type="file" accept=".json,application/json" multiple onChange={onChange('now')} />
      </p>
      <Messages lines={messages.now} />
      {overall && <AddUpTable id="cong-don" files={now} overall={overall} />}
      {overall && (
        <>
          <figure class="tally-result__chart">
            <TallyChart
              id="bieu-do-cong-don"
              title={`Tỷ lệ phiếu có ít nhất một ${CO}, theo chi bộ`}
              data={[...now.map((file) => ({ unit: file.unit, totals: file as Totals })), { unit: 'Toàn đảng bộ', totals: overall }].map(({ unit, totals }) => ({
                label: unit,
                value: shareOf(totals.withAny, totals.ballots) ?? 0,
                valueText: shareText(totals.withAny, totals.ballots),
              }))}
            />
            <figcaption>Biểu đồ: tỷ lệ phiếu có ít nhất một {CO} trên số phiếu đã kiểm. Số liệu đầy đủ ở bảng.</figcaption>
          </figure>
          <OverallSeen manifestations={manifestations} overall={overall} />
        </>
      )}
      {overall && (
        <details class="tally-more">
          <summary>So sánh với đợt trước</summary>
          <p>
            <label for="tep-dot-truoc" class="tally-entry__label">
              Chọn các tệp tổng hợp của đợt trước
            </label>
            <input id="tep-dot-truoc" type="file" accept=".json,application/json" multiple onChange={onChange('earlier')} />
          </p>
          <Messages lines={messages.earlier} />
          {earlierOverall && files.earlier[0] && (
            <p class="tally-compare">
              {(() => {
                const comparison = compareTotals(overall, earlierOverall);
                return `Đợt trước (${periodLabel(files.earlier[0].period).toLowerCase()}, ${files.earlier.length} chi bộ): ${ballotsText(earlierOverall.withAny)} có ${CO} trên ${ballotsText(
                  earlierOverall.ballots,
                )}, ${shareText(earlierOverall.withAny, earlierOverall.ballots)}. Đợt này: số phiếu có ${CO} ${signed(comparison.withAnyChange)}${
                  comparison.shareChange === null ? '' : `, tỷ lệ ${signed(comparison.shareChange, 2)} điểm phần trăm`
                }.`;
              })()}
            </p>
          )}
        </details>
      )}
      {now.length > 0 && (
        <ul class="tally-addup__files">
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

function Messages({ lines }: { lines: string[] }) {
  return (
    <div role="status" class="tally-addup__messages">
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

function AddUpTable({ id, files, overall }: { id: string; files: TotalsFile[]; overall: Totals }) {
  const period = files[0]!.period;
  return (
    <div class="table-scroll">
      <table id={id} class="tally-addup__table">
        <caption>
          Kết quả cộng của {files.length} chi bộ — {periodLabel(period).toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">Chi bộ</th>
            <th scope="col" class="num">Số phiếu</th>
            <th scope="col" class="num">Phiếu có {CO}</th>
            <th scope="col" class="num">Tỷ lệ</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.unit}>
              <th scope="row">{file.unit}</th>
              <td class="num">{file.ballots}</td>
              <td class="num">{file.withAny}</td>
              <td class="num">{shareText(file.withAny, file.ballots)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Toàn đảng bộ</th>
            <td class="num">{overall.ballots}</td>
            <td class="num">{overall.withAny}</td>
            <td class="num">{shareText(overall.withAny, overall.ballots)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function OverallSeen({ manifestations, overall }: { manifestations: TallyManifestation[]; overall: Totals }) {
  const seen = seenManifestations(manifestations, overall);
  if (seen.length === 0) return <p>Không phiếu nào đánh dấu {CO}.</p>;
  return (
    <SeenTable caption="Các biểu hiện được nhận diện, toàn đảng bộ" seen={seen} ballots={overall.ballots} className="tally-addup__seen" />
  );
}
