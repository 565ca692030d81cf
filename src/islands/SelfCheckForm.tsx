// The 81 items as fieldsets of two radios; the server render of this is the page's static form.
import type { Answer } from '../lib/self-check/document.ts';
import type { CheckManifestation } from '../lib/self-check/scoring.ts';
import { groupAnchor, groupManifestations, manifestationAnchor, manifestationNumbering } from '../lib/manifestations.ts';
import { groupLabels } from '../ui/labels.ts';
import { answerLabels } from '../ui/self-check-text.ts';

export function itemAnchor(itemId: string): string {
  return `muc-${itemId}`;
}

/** Moves focus to an item's first radio, so keyboard and screen-reader users land on the question. */
export function focusItem(itemId: string): void {
  const input = document.getElementById(`cau-${itemId}-co`);
  input?.scrollIntoView({ block: 'center' });
  input?.focus();
}

interface Props {
  manifestations: CheckManifestation[];
  answers: Record<string, Answer>;
  onAnswer: (itemId: string, answer: Answer) => void;
}

export default function SelfCheckForm({ manifestations, answers, onAnswer }: Props) {
  return (
    <form class="sc-form" aria-label="Các nội dung tự kiểm tra" onSubmit={(event) => event.preventDefault()}>
      {groupManifestations(manifestations).map(({ group, manifestations: inGroup }) => (
        <div class="sc-group" key={group}>
          <h2 id={groupAnchor(group)}>
            Nhóm {group}. {groupLabels[group]}
          </h2>
          {inGroup.map((m) => (
            <div class="sc-manifestation" id={manifestationAnchor(m.number)} key={m.number}>
              <h3 id={`bh-${m.number}`}>
                {manifestationNumbering(m)}: <a href={`/nghi-quyet/#${manifestationAnchor(m.number)}`}>{m.shortName}</a>
              </h3>
              {m.items.map((item) => (
                <fieldset class="sc-item" id={itemAnchor(item.id)} key={item.id}>
                  <legend>
                    <span class="sc-item__id">{item.id}.</span> {item.text}
                  </legend>
                  <div class="sc-item__options">
                    {(['co', 'khong'] as const).map((value) => (
                      <label class="sc-option" for={`cau-${item.id}-${value}`} key={value}>
                        <input
                          type="radio"
                          id={`cau-${item.id}-${value}`}
                          name={item.id}
                          value={value}
                          checked={answers[item.id] === value}
                          onChange={() => onAnswer(item.id, value)}
                        />
                        <span>{answerLabels[value]}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
            </div>
          ))}
        </div>
      ))}
    </form>
  );
}
