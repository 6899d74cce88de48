/** What other modules may use of the training module. */
export { TestAttempt, TestSession } from './test-session.entity';
export { Question } from './question.entity';
export { ORGANIZERS, TrainingService } from './training.service';
export { QuestionKind } from './training.enums';
export { QuestionReasons } from './training.errors';
export { TRUE_FALSE_OPTIONS } from './paper';
