/**
 * Flow lint: one minimal variant of the good flow per rule.
 *
 * The good flow (tests/fixtures/flows.ts):
 *   start → accept[1] → <+>fork {review-a[5] | review-b[7]} <+>join → <x>verdict
 *     score >= 60: decide[2] → granted · else: notify[1] → denied
 * Node positions: 0 start, 1 accept, 2 fork, 3 review-a, 4 review-b, 5 join, 6 verdict, 7 decide,
 * 8 notify, 9 granted, 10 denied. Edge positions: 0 start-accept … 7 verdict-decide, 8 verdict-notify.
 */
import { describe, expect, it } from 'vitest';
import { lintFlow } from '../../../catalog/lint/flow-lint.js';
import type { LintContext, LintFinding } from '../../../catalog/lint/lint-finding.js';
import type { FlowDefinition, FlowNode, MatterDefinition } from '../../../schemas/types.generated.js';
import {
  cyclicFlow, edge, end, exclusive, flow, goodFlow, lintContext, matterWith, noStartFlow, otherwise, parallel,
  start, step, when,
} from '../../fixtures/flows.js';

function variant(change: (f: FlowDefinition) => void, overrides: Partial<MatterDefinition> = {}): MatterDefinition {
  const f = structuredClone(goodFlow);
  change(f);
  return matterWith(f, overrides);
}
const node = (f: FlowDefinition, id: string): FlowNode => f.nodes.find((n) => n.id === id)!;

interface Case {
  given: string;
  def: MatterDefinition;
  ctx?: LintContext;
  expected: Partial<LintFinding> & Pick<LintFinding, 'rule' | 'severity'>;
  message: RegExp;
}

const cases: Case[] = [
  {
    given: 'a node id used twice',
    def: variant((f) => f.nodes.push(step('decide', 1))),
    expected: { rule: 'flow.duplicate-id', severity: 'error', nodeId: 'decide', path: '/flow/nodes/11/id' },
    message: /step "decide" \(decide\) repeats the id/,
  },
  {
    given: 'an edge id used twice',
    def: variant((f) => f.edges.push({ ...f.edges[0] })),
    expected: { rule: 'flow.duplicate-id', severity: 'error', edgeId: 'start-accept', path: '/flow/edges/11/id' },
    message: /edge start-accept \("start" → "accept"\) repeats an edge id/,
  },
  {
    given: 'an edge to a node that does not exist',
    def: variant((f) => f.edges.push(edge('decide', 'ghost'))),
    expected: { rule: 'flow.dangling-edge', severity: 'error', edgeId: 'decide-ghost', path: '/flow/edges/11/target' },
    message: /the target "ghost" of edge decide-ghost .* is not a node/,
  },
  {
    given: 'no start node',
    def: matterWith(noStartFlow),
    expected: { rule: 'flow.start-count', severity: 'error', path: '/flow/nodes' },
    message: /no start node/,
  },
  {
    given: 'two start nodes',
    def: variant((f) => { f.nodes.push(start('start2')); f.edges.push(edge('start2', 'accept')); }),
    expected: { rule: 'flow.start-count', severity: 'error', nodeId: 'start2', path: '/flow/nodes/11' },
    message: /start node "start2" \(start2\) is one of 2 start nodes/,
  },
  {
    given: 'no end node',
    def: matterWith(flow([start(), step('accept', 1, { stepType: 'accept' })], 'start > accept')),
    expected: { rule: 'flow.no-end', severity: 'error', path: '/flow/nodes' },
    message: /no end node/,
  },
  {
    given: 'an edge into the start node',
    def: variant((f) => f.edges.push(edge('notify', 'start'))),
    expected: { rule: 'flow.start-incoming', severity: 'error', nodeId: 'start', path: '/flow/nodes/0' },
    message: /start node "start" \(start\) has an incoming edge notify-start/,
  },
  {
    given: 'an edge out of an end node',
    def: variant((f) => f.edges.push(edge('granted', 'denied'))),
    expected: { rule: 'flow.end-outgoing', severity: 'error', nodeId: 'granted', path: '/flow/nodes/9' },
    message: /end node "granted" \(granted\) has an outgoing edge granted-denied/,
  },
  {
    given: 'an edge back from review to accept',
    def: matterWith(cyclicFlow),
    expected: { rule: 'flow.cycle', severity: 'error', edgeId: 'review-accept', path: '/flow/edges/4' },
    message: /edge review-accept \("review" → "accept"\) closes a cycle through "accept" \(accept\), "review" \(review\).*"return" action/,
  },
  {
    given: 'a step nothing leads to',
    def: variant((f) => { f.nodes.push(step('orphan', 1)); f.edges.push(edge('orphan', 'decide')); }),
    expected: { rule: 'flow.unreachable', severity: 'error', nodeId: 'orphan', path: '/flow/nodes/11' },
    message: /step "orphan" \(orphan\) cannot be reached from the start node/,
  },
  {
    given: 'a step with no outgoing edge',
    def: variant((f) => { f.nodes.push(step('stuck', 1)); f.edges.push(when('verdict', 'stuck', { '<': [{ var: 'score' }, 10] })); }),
    expected: { rule: 'flow.dead-end', severity: 'error', nodeId: 'stuck', path: '/flow/nodes/11' },
    message: /step "stuck" \(stuck\) has no outgoing edge/,
  },
  {
    given: 'steps that only lead to each other',
    def: variant((f) => {
      f.nodes.push(step('loop-a', 1), step('loop-b', 1));
      f.edges.push(when('verdict', 'loop-a', { '<': [{ var: 'score' }, 10] }), edge('loop-a', 'loop-b'), edge('loop-b', 'loop-a'));
    }),
    expected: { rule: 'flow.dead-end', severity: 'error', nodeId: 'loop-a' },
    message: /no end node can be reached from step "loop-a" \(loop-a\)/,
  },
  {
    given: 'a fork branch that goes straight to an end',
    def: variant((f) => { f.nodes.push(end('early', 'denied')); f.edges.push(edge('fork', 'early')); }),
    expected: { rule: 'flow.fork-join', severity: 'error', edgeId: 'fork-early', path: '/flow/edges/11' },
    message: /the branch of parallel gateway "fork" \(fork\) along edge fork-early .* reaches end node "early" \(early\) without passing a parallel join/,
  },
  {
    given: 'a parallel join fed by the branches of an exclusive gateway',
    def: matterWith(flow(
      [start(), step('accept', 1, { stepType: 'accept' }), exclusive('x'), step('a', 1), step('b', 1), parallel('meet'), end()],
      'start > accept > x', when('x', 'a', { var: 'score' }), otherwise('x', 'b'), 'a > meet', 'b > meet', 'meet > end',
    )),
    expected: { rule: 'flow.fork-join', severity: 'error', nodeId: 'meet' },
    message: /parallel gateway "meet" \(meet\) is not preceded by a matching parallel fork .*deadlock/,
  },
  {
    given: 'a step without department',
    def: variant((f) => delete node(f, 'decide').departmentId),
    expected: { rule: 'flow.step-department', severity: 'error', nodeId: 'decide', path: '/flow/nodes/7/departmentId' },
    message: /step "decide" \(decide\) has no department/,
  },
  {
    given: 'a step of a department that does not exist',
    def: variant((f) => (node(f, 'decide').departmentId = 'dept-zz')),
    expected: { rule: 'flow.step-department', severity: 'error', nodeId: 'decide' },
    message: /names the department "dept-zz", which does not exist/,
  },
  {
    given: 'a step without deadline',
    def: variant((f) => delete node(f, 'notify').deadlineDays),
    expected: { rule: 'flow.step-deadline', severity: 'warning', nodeId: 'notify', path: '/flow/nodes/8/deadlineDays' },
    message: /step "notify" \(notify\) has no deadline/,
  },
  {
    given: 'an end without outcome',
    def: variant((f) => delete node(f, 'denied').outcome),
    expected: { rule: 'flow.end-outcome', severity: 'error', nodeId: 'denied', path: '/flow/nodes/10/outcome' },
    message: /end node "denied" \(denied\) has no outcome/,
  },
  {
    given: 'no end that grants',
    def: variant((f) => (node(f, 'granted').outcome = 'denied')),
    expected: { rule: 'flow.no-granted-end', severity: 'error', path: '/flow/nodes' },
    message: /no end node has the outcome granted/,
  },
  {
    given: 'an exclusive gateway with one outgoing edge',
    def: matterWith(flow([start(), step('accept', 1, { stepType: 'accept' }), exclusive('x'), end()], 'start > accept > x', otherwise('x', 'end'))),
    expected: { rule: 'flow.exclusive-branches', severity: 'error', nodeId: 'x', path: '/flow/nodes/2' },
    message: /exclusive gateway "x" \(x\) has 1 outgoing edge; a choice needs at least 2/,
  },
  {
    given: 'an exclusive gateway with two default edges',
    def: variant((f) => (f.edges[7].isDefault = true)),
    expected: { rule: 'flow.exclusive-branches', severity: 'error', nodeId: 'verdict' },
    message: /has 2 default edges \(verdict-decide, verdict-notify\)/,
  },
  {
    given: 'a non-default branch without condition',
    def: variant((f) => delete f.edges[7].condition),
    expected: { rule: 'flow.exclusive-branches', severity: 'error', edgeId: 'verdict-decide', path: '/flow/edges/7/condition' },
    message: /edge verdict-decide .* without a condition and is not the default edge/,
  },
  {
    given: 'an exclusive gateway without default edge',
    def: variant((f) => { delete f.edges[8].isDefault; f.edges[8].condition = { '<': [{ var: 'score' }, 60] }; }),
    expected: { rule: 'flow.exclusive-branches', severity: 'warning', nodeId: 'verdict' },
    message: /exclusive gateway "verdict" \(verdict\) has no default edge/,
  },
  {
    given: 'a condition with a refused operator',
    def: variant((f) => (f.edges[7].condition = { method: [{ var: 'score' }, 'toFixed'] })),
    expected: { rule: 'flow.condition-invalid', severity: 'error', edgeId: 'verdict-decide', path: '/flow/edges/7/condition' },
    message: /the condition of edge verdict-decide .* is not allowed: \/method: operator "method" is not allowed/,
  },
  {
    given: 'a condition reading a field the form does not have',
    def: variant((f) => (f.edges[7].condition = { '>=': [{ var: 'salary' }, 60] })),
    expected: { rule: 'flow.condition-unknown-field', severity: 'error', edgeId: 'verdict-decide', field: 'salary' },
    message: /reads "salary", which is not a field of the form/,
  },
  {
    given: 'a condition on an edge that leaves a step',
    def: variant((f) => (f.edges[0].condition = { '==': [{ var: 'score' }, 1] })),
    expected: { rule: 'flow.condition-on-non-exclusive', severity: 'warning', edgeId: 'start-accept', path: '/flow/edges/0/condition' },
    message: /has a condition but leaves start node "start" \(start\), not an exclusive gateway/,
  },
  {
    given: 'a step checking a material the matter does not have',
    def: variant((f) => (node(f, 'accept').checksMaterials = ['id-card', 'passport'])),
    expected: { rule: 'flow.checks-unknown-material', severity: 'error', nodeId: 'accept', materialId: 'passport', path: '/flow/nodes/1/checksMaterials/1' },
    message: /checks the material "passport", which is not a material of this matter/,
  },
  {
    given: 'a critical path longer than the promise',
    def: matterWith(goodFlow, { promisedDays: 8 }),
    expected: { rule: 'flow.critical-path-exceeds-promise', severity: 'error', path: '/promisedDays' },
    message: /after acceptance the critical path takes 9 working days \("review-b" → "decide"\), more than the promised 8 working days/,
  },
  {
    given: 'a countersign step with one assignee',
    def: variant((f) => (node(f, 'review-a').assignees = ['li'])),
    expected: { rule: 'flow.countersign-assignees', severity: 'warning', nodeId: 'review-a', path: '/flow/nodes/3/assignees' },
    message: /is countersign with fewer than 2 assignees, so only "li" signs and the step works like a single one/,
  },
  {
    given: 'a countersign step without assignees',
    def: variant((f) => (node(f, 'review-a').assignees = [])),
    expected: { rule: 'flow.countersign-assignees', severity: 'warning', nodeId: 'review-a', path: '/flow/nodes/3/assignees' },
    message: /so one approval by anyone in the department's inbox completes it, like a single step/,
  },
  {
    given: 'an accept step longer than the 5 working days of art. 32',
    def: variant((f) => (node(f, 'accept').deadlineDays = 6)),
    expected: { rule: 'flow.accept-deadline', severity: 'warning', nodeId: 'accept', path: '/flow/nodes/1/deadlineDays' },
    message: /takes 6 working days, but art\. 32 gives 5 working days from receipt/,
  },
  {
    given: 'a review step marked to be worked at the accepting desk',
    def: variant((f) => (node(f, 'review-b').atAcceptingDesk = true)),
    expected: { rule: 'flow.accepting-desk-step', severity: 'error', nodeId: 'review-b', path: '/flow/nodes/4/atAcceptingDesk' },
    message: /only a step of type deliver can be/,
  },
  {
    given: 'a gateway marked to be worked at the accepting desk',
    def: variant((f) => (node(f, 'verdict').atAcceptingDesk = true)),
    expected: { rule: 'flow.accepting-desk-step', severity: 'error', nodeId: 'verdict', path: '/flow/nodes/6/atAcceptingDesk' },
    message: /worked at the accepting desk/,
  },
  {
    given: 'an any-sign step without assignees',
    def: variant((f) => (node(f, 'review-b').mode = 'anysign')),
    expected: { rule: 'flow.countersign-assignees', severity: 'warning', nodeId: 'review-b' },
    message: /anyone in the department's inbox may sign/,
  },
  {
    given: 'a step with two outgoing edges',
    def: variant((f) => f.edges.push(edge('accept', 'join'))),
    expected: { rule: 'flow.branching', severity: 'error', nodeId: 'accept', path: '/flow/nodes/1' },
    message: /step "accept" \(accept\) has 2 outgoing edges; branch with a parallel or exclusive gateway/,
  },
  {
    given: 'a parallel gateway that both joins and forks',
    def: variant((f) => f.edges.push(edge('join', 'notify'))),
    expected: { rule: 'flow.branching', severity: 'error', nodeId: 'join' },
    message: /both joins and forks/,
  },
  {
    given: 'a default edge that also has a condition',
    def: variant((f) => (f.edges[8].condition = { '<': [{ var: 'score' }, 60] })),
    expected: { rule: 'flow.exclusive-branches', severity: 'warning', edgeId: 'verdict-notify', path: '/flow/edges/8/condition' },
    message: /is the default edge and also has a condition/,
  },
  {
    given: 'no accept step',
    def: variant((f) => (node(f, 'accept').stepType = 'review')),
    expected: { rule: 'flow.accept-step', severity: 'warning', path: '/flow/nodes' },
    message: /no step has the type accept/,
  },
];

const ALL_RULES = [
  'flow.duplicate-id', 'flow.dangling-edge', 'flow.start-count', 'flow.no-end', 'flow.start-incoming', 'flow.end-outgoing',
  'flow.cycle', 'flow.unreachable', 'flow.dead-end', 'flow.fork-join', 'flow.step-department', 'flow.step-deadline',
  'flow.end-outcome', 'flow.no-granted-end', 'flow.exclusive-branches', 'flow.condition-invalid', 'flow.condition-unknown-field',
  'flow.condition-on-non-exclusive', 'flow.checks-unknown-material', 'flow.critical-path-exceeds-promise',
  'flow.countersign-assignees', 'flow.accept-step', 'flow.branching', 'flow.accept-deadline', 'flow.accepting-desk-step',
];

describe('lintFlow', () => {
  it('given the good flow, when linted, then there is no finding', () => {
    expect(lintFlow(matterWith(goodFlow), lintContext())).toEqual([]);
  });

  it.each(cases)('given $given, when linted, then $expected.rule ($expected.severity) names it', ({ def, ctx, expected, message }) => {
    const findings = lintFlow(def, ctx ?? lintContext());
    const hit = findings.find((f) => Object.entries(expected).every(([k, v]) => f[k as keyof LintFinding] === v));
    expect(hit, JSON.stringify(findings, null, 2)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('given the table above, when every case has run, then every rule has a case', () => {
    expect([...new Set(cases.map((c) => c.expected.rule))].sort()).toEqual([...ALL_RULES].sort());
  });

  it('given a critical path after acceptance exactly as long as the promise, when linted, then it is no error', () => {
    // accept[1] + review-b[7] + decide[2]: the promise runs from acceptance, so 9 days, not 10.
    expect(lintFlow(matterWith(goodFlow, { promisedDays: 9 }), lintContext())).toEqual([]);
  });

  it('given a deliver step at the accepting desk and an accept step of exactly 5 days, when linted, then it is no finding', () => {
    const def = variant((f) => {
      node(f, 'notify').atAcceptingDesk = true;
      node(f, 'accept').deadlineDays = 5;
    }, { promisedDays: 9 });
    expect(lintFlow(def, lintContext())).toEqual([]);
  });

  it('given an accept step that is not right after the start, when linted, then its days count like any step', () => {
    // The engine accepts at the only successor of the start; elsewhere a step of type accept is just a step.
    const def = variant((f) => {
      node(f, 'accept').stepType = 'review';
      node(f, 'decide').stepType = 'accept';
    }, { promisedDays: 9 });
    const hit = lintFlow(def, lintContext()).find((x) => x.rule === 'flow.critical-path-exceeds-promise');
    expect(hit?.message).toMatch(/takes 10 working days \("accept" → "review-b" → "decide"\)/);
  });

  it('given an exclusive gateway that merges two branches into one edge, when linted, then it is no error', () => {
    const merging = flow(
      [start(), step('accept', 1, { stepType: 'accept' }), exclusive('x'), step('a', 1), step('b', 1), exclusive('merge'), step('decide', 1), end()],
      'start > accept > x', when('x', 'a', { '==': [{ var: 'score' }, 1] }), otherwise('x', 'b'), 'a > merge', 'b > merge', 'merge > decide > end',
    );
    expect(lintFlow(matterWith(merging), lintContext()).filter((f) => f.rule === 'flow.exclusive-branches')).toEqual([]);
  });

  it('given a condition reading an object that holds known fields, when linted, then the field is known', () => {
    const def = variant((f) => (f.edges[7].condition = { '!': { missing: ['applicant'] } }));
    expect(lintFlow(def, lintContext())).toEqual([]);
  });

  it('given no start node, when linted, then nodes are not also reported unreachable', () => {
    const rules = lintFlow(matterWith(noStartFlow), lintContext()).map((f) => f.rule);
    expect(rules).toContain('flow.start-count');
    expect(rules).not.toContain('flow.unreachable');
  });

  it('given no end node, when linted, then only nodes without outgoing edges are dead ends', () => {
    const def = matterWith(flow([start(), step('accept', 1, { stepType: 'accept' }), step('review', 1)], 'start > accept > review'));
    const deadEnds = lintFlow(def, lintContext()).filter((f) => f.rule === 'flow.dead-end').map((f) => f.nodeId);
    expect(deadEnds).toEqual(['review']);
  });

  it('given every finding of every case, when inspected, then each carries a JSON Pointer path', () => {
    for (const c of cases) {
      for (const f of lintFlow(c.def, c.ctx ?? lintContext())) expect(f.path).toMatch(/^\/[a-zA-Z]/);
    }
  });
});
