/**
 * The national theme of the Month of Action for Children, by year (DOMAIN.md; set each year by
 * the ministry). Configuration can override or add years (`themes` in the config file).
 */
export const NATIONAL_THEMES: Readonly<Record<number, string>> = {
  2020: 'Chung tay bảo vệ trẻ em, phòng, chống xâm hại trẻ em',
  2021: 'Chung tay bảo đảm thực hiện quyền trẻ em, bảo vệ trẻ em trong thiên tai, dịch bệnh',
  2022: 'Chung tay bảo vệ trẻ em, hãy lên tiếng phòng, chống xâm hại, bạo lực trẻ em',
  2023: 'Chung tay giảm thiểu tổn hại trẻ em',
  2024: 'Hành động thiết thực, ưu tiên nguồn lực cho trẻ em',
  2025: 'Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em',
  2026: 'Trẻ em hạnh phúc, an toàn, vững bước trong kỷ nguyên số',
};
