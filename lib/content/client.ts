/**
 * The part of the content module that runs in the browser too: the wizard's step logic and the shapes of
 * the compiled data. (`@/lib/content` itself reads the compiled library from disk: server only.)
 */
export { preAnswered, stateUrl, step, type TakenAnswer, type ValidState, type WizardState } from "./tree/step";
export type { Answer, DeadEndNode, HandoverNode, OutcomeNode, QuestionNode, RichText, Tree, TreeNode } from "./tree/types";
