// "Xóa toàn bộ dữ liệu", asked first: used near the top of the page and in the data panel.
import { useEffect, useRef, useState } from 'preact/hooks';
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
      <p id={questionId}>
        Xóa toàn bộ câu trả lời, ghi chú và các lượt trước trên trình duyệt này? Việc này không làm lại được. Nếu muốn giữ, hãy
        tải tệp sao lưu trước.
      </p>
      <button
        type="button"
        ref={confirmButton}
        onClick={() => {
          const erased = actions.eraseAll();
          asked.current = false;
          setConfirming(false);
          notify(
            erased
              ? { kind: 'success', place, text: 'Đã xóa toàn bộ dữ liệu tự kiểm tra trên trình duyệt này.' }
              : { kind: 'problem', place, text: 'Trình duyệt không cho xóa dữ liệu đã lưu. Câu trả lời trên trang đã được xóa; hãy xóa dữ liệu duyệt web của trang này trong phần cài đặt của trình duyệt.' },
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
