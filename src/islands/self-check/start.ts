// The self-check page's script, built as one file of its own (src/integrations/standalone-script.ts).
import { startSelfCheck } from './SelfCheck.tsx';

startSelfCheck();
