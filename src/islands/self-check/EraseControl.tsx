// "Xóa toàn bộ dữ liệu", asked first: used near the top of the page and in the data panel.
import { useEffect, useRef, useState } from 'preact/hooks';
import { pageText } from './page-text.ts';
import type { Notify, SelfCheckActions } from './types.ts';

interface Props {
  actions: SelfCheckActions;
  notify: Notify;
  place: 'top' | 'data';
  label: string;
}

export default function EraseControl({ actions, notify, place, label }: Props) {
  const [confirming, setConfirming] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: to "Có, xóa hết" when it opens, back to the erase button when declined.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) eraseButton.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);
  const questionId = `xoa-hoi-${place}`;
  if (!confirming) {
    return (
      <button type="button" class="secondary sc-erase" ref={eraseButton} onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="notice sc-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{pageText('erase-question')}</p>
      <button
        type="button"
        ref={confirmButton}
        onClick={() => {
          const erased = actions.eraseAll();
          asked.current = false;
          setConfirming(false);
          notify(
            erased ? { kind: 'success', place, text: pageText('erased') } : { kind: 'problem', place, text: pageText('erase-refused') },
          );
        }}
      >
        Có, xóa hết
      </button>{' '}
      <button type="button" class="secondary" onClick={() => setConfirming(false)}>
        Không xóa
      </button>
    </div>
  );
}
