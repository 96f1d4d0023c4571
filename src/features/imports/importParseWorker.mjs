// Worker entry: registers tsx (Node 20 workers do not inherit the parent's --import hooks) and runs the parser.
import { register } from 'tsx/esm/api';

register();
await import('./importParseWorker.ts');
