/** What other modules may use of this one. */
export { Post } from './post.entity';
export { PostStatus } from './publicity.enums';
