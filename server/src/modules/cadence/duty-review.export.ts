/**
 * GET /exports/duty-review/:unitId?year=&quarter= — an .xlsx for a secretary's annual duty review
 * (述职评议) and the 亮赛比 contest: the unit's quarter and year figures. Bearer auth; a unit
 * outside the caller's scope is 404 exactly like a missing one. Only rectifications the caller may
 * see are listed, and only completed spot checks count (a planned one stays secret).
 */
import ExcelJS from 'exceljs';
import express from 'express';
import { fail } from '../../common/reasons';
import { signedInRoute, type EdgeOptions } from '../../http/edge';
import { PositionRole, Position, Unit, UnitReasons } from '../org/public';
import { rectificationWhere, Rectification } from '../supervision/public';
import { DailyReport } from './cadence.entity';
import { MissingComponentRule } from './cadence.enums';
import { checkQuarter, quarterRange, type RankingRow } from './cadence.service';
import { shanghaiDate } from '../../common/dates';

const COMPONENT_HEADERS: [keyof RankingRow, string][] = [
  ['planCompletion', '任务完成率 Plan completion %'],
  ['spotCheck', '暗访得分 Spot-check score'],
  ['rectificationClosure', '整改销号率 Closure %'],
  ['rectificationTimeliness', '整改及时率 Timeliness %'],
  ['tour', '观摩得分 Tour score'],
];

const RULE_TEXT: Record<MissingComponentRule, string> = {
  [MissingComponentRule.RESCALE]: '缺项不计，其余权重按比例放大 Left out, the other weights scaled up',
  [MissingComponentRule.ZERO]: '缺项按 0 分计 Counted as 0',
};

export function exportsRouter(opts: EdgeOptions): express.Router {
  const router = express.Router();
  router.get(
    '/duty-review/:unitId',
    signedInRoute(opts, async (req, res, ctx, p) => {
      const unitId = Number(req.params.unitId);
      const unit = Number.isInteger(unitId) && unitId > 0 ? await ctx.em.findOne(Unit, { id: unitId }) : null;
      if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND);
      const year = Number(req.query.year ?? Number(shanghaiDate(ctx.now()).slice(0, 4)));
      const quarter = Number(req.query.quarter ?? 1);
      checkQuarter(year, quarter);

      const s = ctx.services;
      const secretary = await ctx.em.findOne(
        Position,
        { unit, role: { $in: [PositionRole.BRANCH_SECRETARY, PositionRole.TOWNSHIP_SECRETARY] }, endDate: null },
        { populate: ['person'], orderBy: { startDate: 'desc' } },
      );
      const rowOf = async (q: number): Promise<RankingRow | null> => {
        if (!unit.parent) return null;
        const parent = await ctx.em.findOneOrFail(Unit, { id: unit.parent.id });
        const { weights, missingComponents } = await s.cadence.weightsFor(parent);
        return (
          (await s.cadence.compute(parent, year, q, weights, missingComponents)).find((r) => r.unitId === unit.id) ??
          null
        );
      };

      const wb = new ExcelJS.Workbook();
      wb.creator = 'Five-Star';
      const summary = wb.addWorksheet('概况 Summary');
      summary.columns = [{ width: 28 }, { width: 40 }];
      summary.addRows([
        ['单位 Unit', unit.name],
        ['书记 Secretary', secretary?.person.name ?? ''],
        ['年度 Year', year],
        ['季度 Quarter', quarter],
        ['导出时间 Exported at', ctx.now().toISOString()],
        ['缺项规则 Missing components', RULE_TEXT[(await s.cadence.weightsFor(unit)).missingComponents]],
      ]);

      const header = ['期间 Period', '名次 Rank', '综合得分 Score', ...COMPONENT_HEADERS.map(([, h]) => h)];
      const line = (label: string, r: RankingRow | null) => [
        label,
        r?.rank ?? '',
        r?.score ?? '',
        ...COMPONENT_HEADERS.map(([k]) => (r?.[k] ?? '') as string | number),
      ];
      const q = wb.addWorksheet('季度 Quarter');
      q.addRow(header).font = { bold: true };
      q.addRow(line(`${year} Q${quarter}`, await rowOf(quarter)));
      const y = wb.addWorksheet('年度 Year');
      y.addRow(header).font = { bold: true };
      for (const n of [1, 2, 3, 4]) y.addRow(line(`${year} Q${n}`, await rowOf(n)));
      for (const ws of [q, y]) ws.columns.forEach((c) => (c.width = 18));

      const range = quarterRange(year, quarter);
      const reports = await ctx.em.count(DailyReport, { unit, reportDate: { $gte: range.from, $lte: range.to } });
      summary.addRow(['本季度日报数 Daily reports this quarter', reports]);

      const rects = await ctx.em.find(
        Rectification,
        {
          $and: [
            await rectificationWhere(ctx.em, p),
            { responsibleUnit: { path: { $like: `${unit.path}%` } } },
            { deadline: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
          ],
        } as never,
        { populate: ['finding', 'responsibleUnit'], orderBy: { deadline: 'asc', id: 'asc' } },
      );
      const r = wb.addWorksheet('整改 Rectifications');
      r.addRow([
        '问题 Finding',
        '责任单位 Unit',
        '措施 Measures',
        '期限 Deadline',
        '状态 State',
        '退回次数 Reopened',
        '销号时间 Closed at',
      ]).font = { bold: true };
      for (const x of rects)
        r.addRow([
          x.finding.description,
          x.responsibleUnit.name,
          x.measures,
          x.deadline,
          x.status,
          x.reopenCount,
          x.closedAt?.toISOString() ?? '',
        ]);
      r.columns.forEach((c) => (c.width = 22));

      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      const name = `述职评议-${unit.name}-${year}Q${quarter}.xlsx`;
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="duty-review-${unit.id}-${year}Q${quarter}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.end(buf);
    }),
  );
  return router;
}
