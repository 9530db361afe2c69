import { create } from 'zustand';
import { generateQuestions, type Question } from '../../../graph-data';
import {
  nextQuestions,
  nodeMastery,
  recordAnswer,
  type Progress,
  type SessionAnswer,
} from '../../../graph-data';
import type { SessionState } from '../../../contract/user-data';
import { useAtlas, type Overlay } from '../../state/store';
import { currentWorkspaceData, saveCard } from '../../state/user-data';

/** Session lengths offered on the start screen. */
export const SESSION_SIZES = [5, 10, 20] as const;

export type QuizPhase = 'start' | 'question' | 'summary';

/**
 * The quiz: the generated questions, the learner's SM-2 progress and the session in hand. It lives
 * outside the panel so that a session survives switching to another tab and back.
 */
export interface QuizState {
  /** Every question the graph supports; null until generated (once, just after the tab first opens). */
  questions: Question[] | null;
  /** One SM-2 card per question id; a copy of `userData().progress`, saved on every answer. */
  progress: Progress;
  /** The time (ms) that due counts are computed for; moved on by every action, never during render. */
  now: number;
  phase: QuizPhase;
  sessionSize: number;
  session: Question[];
  index: number;
  answers: SessionAnswer[];
  /** The option picked for the current question. */
  chosen: string | null;
  /** Whether the current question has been checked (its answer recorded). */
  checked: boolean;
  /** When the current question was shown, to time the answer (SM-2 grades quick answers higher). */
  shownAt: number;
  /** Whether the graph is coloured by mastery. Stays on, across tabs, until turned off. */
  masteryOn: boolean;

  prepare(): void;
  setSessionSize(size: number): void;
  start(ahead?: boolean): void;
  choose(optionId: string): void;
  check(): void;
  next(): void;
  finish(): void;
  backToStart(): void;
  setMastery(on: boolean): void;
}

/** The mastery overlay for the canvas: one `mastery-<state>` class per node some question is about. */
function masteryOverlay(questions: readonly Question[], progress: Progress, now: number): Overlay {
  const overlay: Overlay = {};
  for (const [id, state] of Object.entries(nodeMastery(questions, progress, new Date(now))))
    overlay[id] = `mastery-${state}`;
  return overlay;
}

/** Whether questions are being generated (for the graph on screen). */
let scheduled = false;

type QuizSession = NonNullable<SessionState['quiz']>;

/**
 * A session kept from before a reload, waiting for the questions to be generated (they are made
 * when the Quiz tab first opens); until then it is also what the session part reports.
 */
let resuming: QuizSession | null = null;

/** Puts the kept session back once the questions exist; one whose questions are gone is dropped. */
function resume(set: (s: Partial<QuizState>) => void, questions: readonly Question[]): void {
  const part = resuming;
  resuming = null;
  if (!part) return;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const session = part.questions.map((id) => byId.get(id));
  if (session.some((q) => q === undefined) || part.index >= session.length) {
    useAtlas
      .getState()
      .notify('The quiz you were in asked about questions this graph no longer has, so it starts afresh.');
    return;
  }
  const current = session[part.index]!;
  const chosen =
    part.chosen !== null && current.options.some((o) => o.id === part.chosen) ? part.chosen : null;
  set({
    phase: part.phase,
    sessionSize: part.sessionSize,
    session: session as Question[],
    index: part.index,
    answers: part.answers.map((a) => ({ ...a, grade: a.grade as SessionAnswer['grade'] })),
    chosen,
    checked: part.checked && chosen !== null,
    shownAt: Date.now(),
    now: Date.now(),
  });
}

/** The quiz store. */
export const useQuiz = create<QuizState>()((set, get) => {
  const refreshMastery = () => {
    const { masteryOn, questions, progress, now } = get();
    if (masteryOn && questions)
      useAtlas.getState().setOverlay('mastery', masteryOverlay(questions, progress, now));
  };
  return {
    questions: null,
    progress: {},
    now: 0,
    phase: 'start',
    sessionSize: 10,
    session: [],
    index: 0,
    answers: [],
    chosen: null,
    checked: false,
    shownAt: 0,
    masteryOn: false,

    prepare() {
      set({ progress: currentWorkspaceData().progress, now: Date.now() });
      refreshMastery();
      if (get().questions || scheduled) return;
      scheduled = true;
      // Generating every question takes a moment: let the tab paint its "preparing" line first.
      // The questions are kept with the graph they come from.
      const data = useAtlas.getState().data;
      setTimeout(() => {
        scheduled = false;
        if (useAtlas.getState().data !== data) return;
        const questions = data.cached('quiz-questions', () => generateQuestions(data.graph));
        set({ questions, now: Date.now() });
        resume(set, questions);
        refreshMastery();
      }, 0);
    },
    setSessionSize(sessionSize) {
      set({ sessionSize });
    },
    start(ahead = false) {
      const { questions, progress, sessionSize } = get();
      if (!questions) return;
      const now = Date.now();
      const session = nextQuestions(questions, progress, new Date(now), sessionSize, { ahead });
      if (session.length === 0) {
        // Nothing due and nothing new: the start screen says so and offers to study ahead.
        set({ phase: 'start', session: [], answers: [], now });
        return;
      }
      set({
        phase: 'question',
        session,
        index: 0,
        answers: [],
        chosen: null,
        checked: false,
        shownAt: now,
        now,
      });
    },
    choose(chosen) {
      if (!get().checked) set({ chosen });
    },
    check() {
      const { session, index, chosen, checked, progress, answers, shownAt } = get();
      const question = session[index];
      if (!question || chosen === null || checked) return;
      const now = new Date();
      const result = recordAnswer(progress, question, chosen, now, now.getTime() - shownAt);
      // Merge this one card, so that nothing else in the saved progress can be overwritten.
      saveCard(question.id, result.card);
      set({
        progress: result.progress,
        answers: [...answers, result.answer],
        checked: true,
        now: now.getTime(),
      });
      refreshMastery();
    },
    next() {
      const { index, session, checked } = get();
      if (!checked) return;
      if (index + 1 >= session.length) get().finish();
      else set({ index: index + 1, chosen: null, checked: false, shownAt: Date.now(), now: Date.now() });
    },
    finish() {
      set({ phase: 'summary', now: Date.now() });
      refreshMastery();
    },
    backToStart() {
      set({
        phase: 'start',
        session: [],
        index: 0,
        answers: [],
        chosen: null,
        checked: false,
        now: Date.now(),
      });
      refreshMastery();
    },
    setMastery(masteryOn) {
      set({ masteryOn, now: Date.now() });
      if (masteryOn) refreshMastery();
      else useAtlas.getState().setOverlay('mastery', null);
    },
  };
});

/** What a reload keeps of the quiz: the session in hand (its questions, position and answers). */
export function quizSession(): SessionState['quiz'] {
  if (resuming) return resuming;
  const { phase, sessionSize, session, index, answers, chosen, checked } = useQuiz.getState();
  if (phase === 'start' || session.length === 0) return undefined;
  return { phase, sessionSize, questions: session.map((q) => q.id), index, answers, chosen, checked };
}

/** Brings back a quiz session a reload interrupted, as soon as the questions are ready. */
export function restoreQuiz(part: SessionState['quiz']): void {
  resuming = part ?? null;
  const { questions } = useQuiz.getState();
  if (part) useQuiz.setState({ sessionSize: part.sessionSize });
  if (questions) resume(useQuiz.setState, questions);
}

// Another graph brings other questions: a session in hand ends, and the tab prepares them afresh.
useAtlas.subscribe((s, prev) => {
  if (s.data === prev.data) return;
  resuming = null;
  const { masteryOn } = useQuiz.getState();
  useQuiz.setState({ questions: null });
  useQuiz.getState().backToStart();
  scheduled = false;
  if (masteryOn) useQuiz.getState().prepare();
});
