// How a change to lisa.yaml is told: boards, roles and the classification model.
import { pickText, type RegisterText } from '../../locale.js';
import { asList, sameData, str } from '../context.js';
import type { ChangeDetail, Data, Describe } from '../types.js';

export const describeOrganisation: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  const handled = ['boards', 'roles', 'classification'];
  if (change !== 'changed') return { details, handled };
  const boards = (d: Data) =>
    new Map((asList(d.boards) as Data[]).filter(Boolean).map((x) => [str(x.id), x]));
  const ba = boards(a);
  const bb = boards(b);
  for (const [id, board] of bb) {
    const before = ba.get(id);
    if (!before) details.push(ctx.t('boardAdded', { name: str(board.name) || id }));
    else if (str(before.name) !== str(board.name))
      details.push(ctx.t('boardRenamed', { from: str(before.name), to: str(board.name) }));
    else if (!sameData(before, board))
      details.push(ctx.t('fieldEdited', { field: `boards: ${str(board.name) || id}` }));
  }
  for (const [id, board] of ba)
    if (!bb.has(id)) details.push(ctx.t('boardRemoved', { name: str(board.name) || id }));
  const roles = (d: Data) =>
    d.roles && typeof d.roles === 'object' ? (d.roles as Record<string, Data>) : {};
  const ra = roles(a);
  const rb = roles(b);
  const roleName = (r: Data | undefined, id: string) =>
    (r?.name !== undefined ? pickText(r.name as RegisterText, ctx.locale) : '') || id;
  for (const [id, role] of Object.entries(rb)) {
    const before = ra[id];
    if (!before) details.push(ctx.t('roleAdded', { name: roleName(role, id) }));
    else if (!sameData(before.people, role?.people))
      details.push(ctx.t('rolePeople', { name: roleName(role, id) }));
    else if (!sameData(before, role))
      details.push(ctx.t('fieldEdited', { field: `roles: ${roleName(role, id)}` }));
  }
  for (const [id, role] of Object.entries(ra))
    if (!(id in rb)) details.push(ctx.t('roleRemoved', { name: roleName(role, id) }));
  if (!sameData(a.classification, b.classification)) details.push(ctx.t('model'));
  return { details, handled };
};
