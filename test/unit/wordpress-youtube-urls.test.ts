import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../src/sites/registry';
import { isWordPress, isWordPressComEditor, isWpAdminEditor } from '../../src/sites/wordpress/urls';
import { isYouTube, videoId } from '../../src/sites/youtube/urls';

describe('WordPress URLs', () => {
  it.each([
    ['https://blog.example.org/wp-admin/post.php', true],
    ['https://blog.example.org/wp-admin/post-new.php?post_type=page', true],
    ['https://example.org/blog/wp-admin/post.php?post=3&action=edit', true],
    ['https://blog.example.org/wp-admin/edit.php', false],
    ['https://blog.example.org/2026/11/hello-world/', false],
  ])('%s is a wp-admin editor: %s', (url, expected) => {
    expect(isWpAdminEditor(new URL(url))).toBe(expected);
    expect(isWordPress(new URL(url))).toBe(expected);
  });

  it.each([
    ['https://wordpress.com/post/janedoe.blog', true],
    ['https://wordpress.com/post/janedoe.blog/42', true],
    ['https://wordpress.com/page/janedoe.blog/7', true],
    ['https://wordpress.com/read', false],
    ['https://janedoe.blog/post/janedoe.blog/42', false],
  ])('%s is WordPress.com\'s editor: %s', (url, expected) => {
    expect(isWordPressComEditor(new URL(url))).toBe(expected);
  });

  it('a self-hosted editor the user enabled gets the WordPress adapter; the same site\'s other pages the generic one', async () => {
    const ask = async () => 'web:blog.example.org';
    // No page DOM is needed to choose between these (a stand-in document).
    const doc = {} as Document;
    expect((await adapterForPage(new URL('https://blog.example.org/wp-admin/post-new.php'), ask, doc))?.id).toBe('wordpress');
    expect((await adapterForPage(new URL('https://blog.example.org/2026/11/hello-world/'), ask, doc))?.id).toBe('web');
    expect((await adapterForPage(new URL('https://wordpress.com/post/janedoe.blog/42'), ask, doc))?.id).toBe('wordpress');
  });
});

describe('YouTube URLs', () => {
  it('is www.youtube.com only, and names the video of a watch page or a Short', () => {
    expect(isYouTube(new URL('https://www.youtube.com/watch?v=hc0wTsT1Vd8'))).toBe(true);
    expect(isYouTube(new URL('https://music.youtube.com/watch?v=hc0wTsT1Vd8'))).toBe(false);
    expect(videoId(new URL('https://www.youtube.com/watch?v=hc0wTsT1Vd8'))).toBe('hc0wTsT1Vd8');
    expect(videoId(new URL('https://www.youtube.com/shorts/Zk9fL2mQx0A'))).toBe('Zk9fL2mQx0A');
    expect(videoId(new URL('https://www.youtube.com/'))).toBe('');
  });
});
