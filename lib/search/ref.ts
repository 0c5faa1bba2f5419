/**
 * A record's place in the engine: its shard's number and its index in that shard, packed into one number so that
 * score maps and result ties are plain numbers. A shard holds fewer than 2^24 records.
 */
export type Ref = number;

const SHARD_SPAN = 2 ** 24;

export function packRef(shard: number, index: number): Ref {
  return shard * SHARD_SPAN + index;
}

export function refShard(ref: Ref): number {
  return Math.floor(ref / SHARD_SPAN);
}

export function refIndex(ref: Ref): number {
  return ref % SHARD_SPAN;
}
