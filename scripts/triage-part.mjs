// The worker thread entry of `npm run triage`: registers tsx's loader in this thread (loader flags do not reach
// worker threads on Node 20), then runs scripts/triage-part.ts.
import { register } from "tsx/esm/api";

register();
await import("./triage-part.ts");
