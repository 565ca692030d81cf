// Enhances the static form the page rendered, as soon as the script runs: one delegated `change` listener, and
// the stored answers set as `checked`. Not a component: the 81 fieldsets are never in Preact's tree.
import { answersOf, currentRound, isAnswer, type SelfCheckDocument } from '../../lib/self-check/document.ts';
import type { SelfCheckShared } from './state.ts';

function manifestationOf(element: Element): number | undefined {
  const block = element.closest<HTMLElement>('[data-manifestation]');
  return block ? Number(block.dataset.manifestation) : undefined;
}

/** Returns a function that removes the listeners again. */
export function enhanceForm(form: HTMLElement, { store, $current }: SelfCheckShared): () => void {
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  // Restored and merged answers (this tab's, another tab's, an import): the radios' state, nothing else.
  const showAnswers = (doc: SelfCheckDocument) => {
    const answers = answersOf(currentRound(doc));
    for (const input of radios) {
      const checked = answers[input.name] === input.value;
      if (input.checked !== checked) input.checked = checked;
    }
  };
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio' || !isAnswer(input.value)) return;
    store.actions.answer(input.name, input.value);
    $current.set(manifestationOf(input));
  };
  const onFocus = (event: Event) => {
    const number = manifestationOf(event.target as Element);
    if (number !== undefined) $current.set(number);
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
              if (number !== undefined) $current.set(number);
            }
          },
          { rootMargin: '-45% 0px -45% 0px' },
        );
  form.querySelectorAll('[data-manifestation]').forEach((block) => observer?.observe(block));
  showAnswers(store.$document.get());
  const stopShowing = store.$document.listen(showAnswers);
  return () => {
    stopShowing();
    form.removeEventListener('change', onChange);
    form.removeEventListener('focusin', onFocus);
    form.removeEventListener('submit', onSubmit);
    observer?.disconnect();
  };
}
