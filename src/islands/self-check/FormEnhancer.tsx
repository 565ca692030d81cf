// Enhances the static form the page rendered: one delegated `change` listener, and the stored answers set
// as `checked`. It renders nothing: the 81 fieldsets are never re-rendered by Preact.
import { useEffect } from 'preact/hooks';
import type { Answer } from '../../lib/self-check/document.ts';
import { ANSWER_ORDER, FORM_ID, answerInputId } from '../../lib/self-check/anchors.ts';
import type { CheckManifestation, SelfCheckActions } from './types.ts';

interface Props {
  manifestations: CheckManifestation[];
  answers: Record<string, Answer>;
  actions: SelfCheckActions;
  /** The manifestation the member is at: the one answered or focused last, or the one in mid-screen. */
  onCurrent: (manifestationNumber: number) => void;
}

const isAnswer = (value: string): value is Answer => value === 'co' || value === 'khong';

function manifestationOf(element: Element): number | undefined {
  const block = element.closest<HTMLElement>('[data-manifestation]');
  return block ? Number(block.dataset.manifestation) : undefined;
}

export default function FormEnhancer({ manifestations, answers, actions, onCurrent }: Props) {
  useEffect(() => {
    const form = document.getElementById(FORM_ID);
    if (!form) return undefined;
    const onChange = (event: Event) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== 'radio' || !isAnswer(input.value)) return;
      actions.answer(input.name, input.value);
    };
    const onFocus = (event: Event) => {
      const number = manifestationOf(event.target as Element);
      if (number !== undefined) onCurrent(number);
    };
    const onSubmit = (event: Event) => event.preventDefault();
    form.addEventListener('change', onChange);
    form.addEventListener('focusin', onFocus);
    form.addEventListener('submit', onSubmit);
    // The manifestation crossing the middle of the screen is the current one while scrolling.
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver(
            (entries) => {
              for (const entry of entries) {
                const number = entry.isIntersecting ? manifestationOf(entry.target) : undefined;
                if (number !== undefined) onCurrent(number);
              }
            },
            { rootMargin: '-45% 0px -45% 0px' },
          );
    form.querySelectorAll('[data-manifestation]').forEach((block) => observer?.observe(block));
    return () => {
      form.removeEventListener('change', onChange);
      form.removeEventListener('focusin', onFocus);
      form.removeEventListener('submit', onSubmit);
      observer?.disconnect();
    };
  }, [actions, onCurrent]);

  // Restored and merged answers: set the radios' state, nothing else.
  useEffect(() => {
    for (const m of manifestations) {
      for (const item of m.items) {
        for (const value of ANSWER_ORDER) {
          const input = document.getElementById(answerInputId(item.id, value)) as HTMLInputElement | null;
          const checked = answers[item.id] === value;
          if (input && input.checked !== checked) input.checked = checked;
        }
      }
    }
  }, [manifestations, answers]);

  return null;
}
