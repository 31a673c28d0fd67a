// Who to contact: the DPO, the security coordinator, or a role named in the question.
import { type Ctx, type Ref, type Result, t } from '../context.js';
import { bestSim, synonymSet } from '../match.js';
import { M } from '../messages.js';
import { terms } from '../normalize.js';
import { boards, peopleOf, roleName, rolesOfKind } from '../people.js';

export function contactAnswer(ctx: Ctx): Result | undefined {
  const reg = ctx.index.registry;
  const lines: string[] = [];
  const refs: Ref[] = [];
  const org = reg.organisation;
  const people = (roleId: string) => peopleOf(reg, roleId) || t(ctx, M.contactNobody);
  const roleLines = (roleIds: string[]) => {
    for (const r of roleIds) {
      lines.push(t(ctx, M.contactLine, { role: roleName(reg, r, ctx.locale), people: people(r) }));
      if (org) refs.push({ entity: org, path: ['roles', r] });
    }
  };
  if (ctx.q.concepts.has('dpo')) {
    // A board named in the question ("för socialnämnden") narrows it to that board's DPO.
    const boardList = boards(reg);
    const named = boardList.find((b) => {
      const stems = terms(b.name);
      return stems.length > 0 && stems.every((s) => bestSim(s, ctx.q.stems, ctx.q.synonyms) >= 0.8);
    });
    if (named?.dpo) {
      lines.push(
        t(ctx, M.dpoFor, {
          board: named.name,
          people: people(named.dpo),
          role: roleName(reg, named.dpo, ctx.locale),
        }),
      );
      if (org) refs.push({ entity: org, path: ['boards', boardList.indexOf(named), 'dpo'] });
    } else roleLines(rolesOfKind(reg, 'dpo'));
  }
  if (ctx.q.concepts.has('security-coordinator')) roleLines(rolesOfKind(reg, 'security-coordinator'));
  if (lines.length === 0) return undefined;
  return {
    intent: 'contact',
    confidence: 0.85,
    answered: true,
    lines,
    next: t(ctx, M.nextContact),
    refs,
    used: [],
  };
}

/** "Vem är säkerhetschef?": a role named in the question, and who holds it. */
export function roleAnswer(ctx: Ctx): Result | undefined {
  const reg = ctx.index.registry;
  const org = reg.organisation;
  if (!org?.valid || ctx.q.content.length === 0) return undefined;
  const roles = Object.entries(org.data.roles ?? {});
  for (const [id, role] of roles) {
    if (!role) continue;
    const names = [
      ...new Set([
        ...(typeof role.name === 'string' ? [role.name] : Object.values(role.name)),
        id.replace(/-/g, ' '),
      ]),
    ];
    for (const name of names) {
      const stems = terms(name);
      if (stems.length === 0) continue;
      const syn = synonymSet(stems);
      // The whole name is in the question, and the question names nothing else.
      const covered = stems.every((s) => bestSim(s, ctx.q.stems, ctx.q.synonyms) >= 0.8);
      const explained = ctx.q.content.every((c) => bestSim(c, stems, syn) >= 0.8);
      if (!covered || !explained) continue;
      return {
        intent: 'contact',
        confidence: 0.85,
        answered: true,
        lines: [
          t(ctx, M.contactLine, {
            role: roleName(reg, id, ctx.locale),
            people: peopleOf(reg, id) || t(ctx, M.contactNobody),
          }),
        ],
        next: t(ctx, M.nextContact),
        refs: [{ entity: org, path: ['roles', id] }],
        used: [],
      };
    }
  }
  return undefined;
}
