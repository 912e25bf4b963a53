import type { Grounded } from '../schema.js';
import { parseMarker } from '../segment/markers.js';
import type { ExtractContext } from './context.js';
import { EMPHASIS, ground, linesOf } from './lines.js';

//   "1. Chủ đề: “*Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em*”."   "Chủ đề tháng hành động: “...”"
const THEME = /^(?:Chủ đề|CHỦ ĐỀ)(?:\s+(?:của\s+)?(?:Tháng|tháng)\s+hành động(?:\s+vì\s+trẻ\s+em)?(?:\s+năm\s+\d{4})?)?\s*:\s*/u;

/** The theme stated as `Chủ đề: “...”`, without quotes, emphasis or the closing full stop; null when not stated. */
export function extractTheme(ctx: ExtractContext): Grounded | null {
  const lines = linesOf(ctx);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const marker = line.inTable ? null : parseMarker(line.text);
    const body = marker && marker.kind !== 'bullet' ? line.text.slice(marker.text.length).trimStart() : line.text;
    const m = THEME.exec(body);
    if (!m) continue;
    const at = line.end - body.length + m[0].length;
    const value = ground(ctx, at, line.end, `${EMPHASIS}.;`);
    if (value.text !== '') return value;
    // "1. Chủ đề:" with the words on the next line.
    const next = lines[i + 1];
    if (next) {
      const v = ground(ctx, next.start, next.end, `${EMPHASIS}.;`);
      if (v.text !== '') return v;
    }
  }
  return null;
}
