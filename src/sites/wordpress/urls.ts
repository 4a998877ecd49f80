// URL predicates for the WordPress block editor (Gutenberg; sites.md §14), with the URLs they are
// meant for. A self-hosted WordPress is on any domain (and may live in a sub-folder), so the
// editor is known by its wp-admin path there; the adapter also checks the page is Gutenberg by its
// DOM before it reads anything (the classic editor and other wp-admin screens have no composer).

export const WORDPRESS_COM = 'wordpress.com';

/**
 * `https://blog.example.org/wp-admin/post.php?post=42&action=edit` (edit a post),
 * `https://blog.example.org/wp-admin/post-new.php` (a new post; `?post_type=page` a page),
 * `https://example.org/blog/wp-admin/post-new.php` (WordPress in a sub-folder).
 */
export function isWpAdminEditor(url: URL): boolean {
  return /\/wp-admin\/post(?:-new)?\.php$/.test(url.pathname);
}

/**
 * WordPress.com's own editor routes: `https://wordpress.com/post/<site>/<id>`,
 * `https://wordpress.com/post/<site>` (new), `https://wordpress.com/page/<site>/<id>`.
 */
export function isWordPressComEditor(url: URL): boolean {
  return url.hostname === WORDPRESS_COM && /^\/(?:post|page)\/[^/]+(?:\/\d+)?\/?$/.test(url.pathname);
}

/** Every page the adapter is for: WordPress.com (any page: its editor is an SPA route) and any wp-admin editor. */
export function isWordPress(url: URL): boolean {
  return url.hostname === WORDPRESS_COM || isWpAdminEditor(url);
}
