// "Tải tệp sao lưu": beside a message that something is not saved, and in the data panel.
import { downloadText } from '../download.ts';
import { pageText } from './page-text.ts';
import type { Notify, SelfCheckActions } from './types.ts';

export function ExportButton({ actions, notify, place }: { actions: SelfCheckActions; notify: Notify; place: 'top' | 'data' }) {
  return (
    <button
      type="button"
      class="secondary"
      onClick={() => {
        const { fileName, text } = actions.exportDocument();
        downloadText(fileName, text, 'application/json');
        notify({ kind: 'success', place, text: pageText('exported', fileName) });
      }}
    >
      {pageText('export')}
    </button>
  );
}

