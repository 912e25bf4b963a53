/**
 * A plan whose tasks are only in an annex table gives the same activities and responsibilities as
 * its twin written with sections (fixtures/annex, see its README), in every format; both give the
 * values written there by hand. The printed numbers differ (`I.1` in the table, `III.1.1.1` from
 * the section path) and spans point into different texts: both are left out of the comparison.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanExtraction } from '@plan-extract/core';
import { loadPlan } from '../load-plan.js';

const ANNEX = fileURLToPath(new URL('../../../fixtures/annex/', import.meta.url));

const load = (file: string) => loadPlan(`${ANNEX}${file}`);

const activities = (plan: PlanExtraction) =>
  plan.activities.map((a) => ({
    text: a.text,
    lead: a.lead.map((x) => `${x.name} (${x.key})`),
    support: a.support.map((x) => `${x.name} (${x.key})`),
    // The dates a period states; quarters and "all year" by their kind and quarters.
    timing: a.timing && (a.timing.kind === 'range' || a.timing.kind === 'within'
      ? { kind: a.timing.kind, start: a.timing.start, end: a.timing.end }
      : { kind: a.timing.kind, quarters: a.timing.quarters }),
  }));
const responsibilities = (plan: PlanExtraction) => plan.responsibilities.map((r) => ({ agency: r.agency, role: r.role, duties: r.duties.map((d) => d.text) }));

const task = (text: string, lead: string[], support: string[], timing: ReturnType<typeof activities>[number]['timing']) => ({ text, lead, support, timing });
const quarters = (...q: string[]) => ({ kind: 'quarters', quarters: q });
const CONTINUOUS = { kind: 'continuous', quarters: [] };
const month = (m: string, last: string) => ({ kind: 'within', start: `2025-${m}-01`, end: `2025-${m}-${last}` });
const VH = 'Sở Văn hóa, Thể thao và Du lịch (culture)';
const GD = 'Sở Giáo dục và Đào tạo (education)';
const YT = 'Sở Y tế (health)';
const DISTRICTS = 'UBND các huyện, thành phố (people-committee)';
const ALL = 'Các sở, ban, ngành, đoàn thể tỉnh (all-agencies)';

// By hand, from the annex table (fixtures/annex/README.md).
const EXPECTED_ACTIVITIES = [
  task('CÔNG TÁC TRUYỀN THÔNG', [], [], null),
  task('Tuyên truyền Luật Trẻ em, Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 trên báo, đài của tỉnh', [VH], ['Báo Tuyên Quang (media)', 'Đài Phát thanh và Truyền hình tỉnh (media)'], CONTINUOUS),
  task('Truyền thông phòng, chống xâm hại, bạo lực trẻ em trong trường học', [GD], ['Tỉnh đoàn (youth)', 'Hội Liên hiệp Phụ nữ tỉnh (women)'], quarters('2025-Q2', '2025-Q4')),
  task('Tổ chức Diễn đàn trẻ em tỉnh Tuyên Quang năm 2025', [YT], ['Tỉnh đoàn (youth)', GD], month('05', '31')),
  task('BẢO VỆ, CHĂM SÓC TRẺ EM', [], [], null),
  task('Tổ chức Tháng hành động vì trẻ em năm 2025', [YT], [ALL, DISTRICTS], { kind: 'range', start: '2025-06-01', end: '2025-06-30' }),
  task('Rà soát, cập nhật dữ liệu trẻ em có hoàn cảnh đặc biệt vào phần mềm quản lý thông tin trẻ em', [YT], [DISTRICTS], quarters('2025-Q3')),
  task('Tổ chức khám sàng lọc, phẫu thuật tim bẩm sinh miễn phí cho trẻ em', [YT], ['Bảo hiểm xã hội tỉnh (social-insurance)', 'Hội Chữ thập đỏ tỉnh (red-cross)'], month('08', '31')),
  task('Hướng dẫn dạy bơi, kỹ năng an toàn trong môi trường nước cho trẻ em', [VH], [GD, DISTRICTS], quarters('2025-Q2', '2025-Q3')),
  task('Đăng ký khai sinh, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi kịp thời', ['Sở Tư pháp (justice)'], ['Bảo hiểm xã hội tỉnh (social-insurance)', 'Công an tỉnh (police)'], CONTINUOUS),
  task('KIỂM TRA, GIÁM SÁT, BÁO CÁO', [], [], null),
  task('Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các huyện, thành phố', [YT], ['Sở Tư pháp (justice)', 'Công an tỉnh (police)'], quarters('2025-Q3', '2025-Q4')),
  task('Phòng ngừa, điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em', ['Công an tỉnh (police)'], ['Viện Kiểm sát nhân dân tỉnh (procuracy)', 'Tòa án nhân dân tỉnh (court)'], CONTINUOUS),
  task('Tổng hợp, báo cáo kết quả thực hiện công tác trẻ em năm 2025', [YT], [ALL], month('12', '31')),
];

const duty = (name: string, key: string, duties: string[]) => ({ agency: { name, key, level: 'province' }, role: 'assigned', duties });
const EXPECTED_RESPONSIBILITIES = [
  duty('Sở Văn hóa, Thể thao và Du lịch', 'culture', [EXPECTED_ACTIVITIES[1]!.text, EXPECTED_ACTIVITIES[8]!.text]),
  duty('Sở Giáo dục và Đào tạo', 'education', [EXPECTED_ACTIVITIES[2]!.text]),
  duty('Sở Y tế', 'health', [3, 5, 6, 7, 11, 13].map((i) => EXPECTED_ACTIVITIES[i]!.text)),
  duty('Sở Tư pháp', 'justice', [EXPECTED_ACTIVITIES[9]!.text]),
  duty('Công an tỉnh', 'police', [EXPECTED_ACTIVITIES[12]!.text]),
];

describe('the annex-table plan and its twin written with sections', () => {
  for (const format of ['txt', 'docx', 'pdf'] as const) {
    for (const form of ['annex', 'sections'] as const) {
      it(`${form}.${format}: the activities and responsibilities written by hand`, async () => {
        const plan = await load(`tuyen-quang-2025-annual-${form}.${format}`);
        expect(activities(plan)).toEqual(EXPECTED_ACTIVITIES);
        expect(responsibilities(plan)).toEqual(EXPECTED_RESPONSIBILITIES);
        expect(plan.deadlines.map((d) => [d.date, d.actor, d.recipient])).toEqual([['2025-12-05', 'Các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện, thành phố', 'Sở Y tế']]);
      });
    }
  }

  it('the table form numbers its tasks by the table, under their group rows', async () => {
    const plan = await load('tuyen-quang-2025-annual-annex.docx');
    expect(plan.activities.map((a) => a.id)).toEqual(['I', 'I.1', 'I.2', 'I.3', 'II', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'III', 'III.1', 'III.2', 'III.3']);
  });

});
