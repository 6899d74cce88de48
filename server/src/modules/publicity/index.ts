/** 创建动态: posts reviewed by the township and the district, and the public feed the WeChat account republishes. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { feedRouter, publicFilesRouter, type FeedOptions } from './feed.routes';
import { Post, PostEvent, PostImage, PostThumbnail } from './post.entity';
import { postLoaders } from './publicity.loaders';
import { PostResolver } from './publicity.resolver';
import { PostService } from './publicity.service';
import { postFileVisibility } from './publicity.visibility';
import type { RouteDeps } from '../../graphql/module';

export interface PublicityServices {
  posts: PostService;
}

declare module '../../graphql/services' {
  interface Services extends PublicityServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof postLoaders> {}
}

const feedOptions = ({ config, createContext, log }: RouteDeps): FeedOptions => ({
  createContext,
  log,
  publicBaseUrl: config.publicBaseUrl,
  filesDir: config.files.dir,
});

export const publicity = defineModule({
  name: 'publicity',
  entities: [Post, PostImage, PostThumbnail, PostEvent],
  resolvers: [PostResolver],
  services: ({ em, deps, attachEvidence }: Services): PublicityServices => ({
    posts: new PostService(em, deps.now, attachEvidence),
  }),
  loaders: postLoaders,
  fileVisibility: { Post: postFileVisibility },
  routes: [
    { path: '/feed.json', router: (d) => feedRouter(feedOptions(d), 'json') },
    { path: '/feed.xml', router: (d) => feedRouter(feedOptions(d), 'xml') },
    { path: '/public/files', router: (d) => publicFilesRouter(feedOptions(d)) },
  ],
});
