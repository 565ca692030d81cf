// Ids and fragments of the self-check page, shared by the static form, the island and the tests. Pure.
import { NOT_APPLICABLE, type Answer } from './document.ts';

/** The fieldset of an item ("muc-4a"): the target of every "go to this item" link. */
export function itemAnchor(itemId: string): string {
  return `muc-${itemId}`;
}

/** The radio for one answer to an item ("cau-4a-co"). */
export function answerInputId(itemId: string, answer: Answer): string {
  return `cau-${itemId}-${answer}`;
}

/** The textarea of the member's commitment for a manifestation. */
export function noteInputId(manifestationNumber: number): string {
  return `cam-ket-${manifestationNumber}`;
}

/** The order of the options on every item: "Có" first, then "Không". */
export const ANSWER_ORDER: readonly Answer[] = ['co', 'khong'];

/** An item's options: "Không thuộc diện" last, only on items that concern some members. */
export function answerChoices(item: { appliesTo?: string }): readonly Answer[] {
  return item.appliesTo ? [...ANSWER_ORDER, NOT_APPLICABLE] : ANSWER_ORDER;
}

/** The static form's id: the island finds it by this. */
export const FORM_ID = 'cac-noi-dung';

/** The task list of the 27 manifestations (the overview). */
export const OVERVIEW_ID = 'tong-quan';

/** Where the page lets the self-check's script render its state: above the form and below it. */
export const MOUNT_ABOVE_ID = 'tu-kiem-tra-tren';
export const MOUNT_BELOW_ID = 'tu-kiem-tra-duoi';

/** The manifestations as JSON in the page (a `<script type="application/json">`), read by the script once. */
export const DATA_ID = 'tu-kiem-tra-du-lieu';

/** Sections below the form, loaded once there is something to show, the member nears them or follows a link. */
export const RESULT_HEADING_ID = 'ket-qua-tu-kiem-tra';
export const ROUND_HEADING_ID = 'luot';
export const EARLIER_HEADING_ID = 'cac-luot-truoc';
export const DATA_HEADING_ID = 'sao-luu';

/** The page's template of every text the script shows (see ui/self-check-text.ts). */
export const TEXTS_ID = 'tu-kiem-tra-loi';
