// Reads: the environment. Writes: a note on stderr when no public origin is set (run before every production build).
import { originNotice } from "@/lib/deploy/origin-notice";

const notice = originNotice(process.env);
if (notice) console.warn(`build: note: ${notice}`);
