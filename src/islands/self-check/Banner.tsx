// GOV.UK notification banner: a visible message next to the control that was used, focused when it appears.
import { useEffect, useRef } from 'preact/hooks';
import type { BannerMessage } from './types.ts';

export default function Banner({ message, onClose }: { message: BannerMessage; onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [message]);
  const success = message.kind === 'success';
  return (
    <div ref={box} class={`sc-banner ${success ? 'sc-banner--success' : 'sc-banner--problem'}`} role={success ? 'status' : 'alert'} tabindex={-1}>
      <p class="sc-banner__title">{success ? 'Đã xong' : 'Chưa làm được'}</p>
      <p class="sc-banner__text">{message.text}</p>
      <button type="button" class="secondary" onClick={onClose}>
        Đóng thông báo
      </button>
    </div>
  );
}
