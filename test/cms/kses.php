<?php
/**
 * WordPress's kses, the real one, without a database: the CMS round-trip tests pass a snippet
 * through what WordPress does to post content when it is saved by a user without the
 * `unfiltered_html` capability (an Author; anyone once a site sets DISALLOW_UNFILTERED_HTML),
 * and then through the filters WordPress applies when it shows the post.
 *
 *   php test/cms/kses.php --profile=default < snippet.html
 *   php test/cms/kses.php --profile=allow --allow=allow.json < snippet.html
 *   (--stage=save: only the saving step, without the display filters)
 *
 * `allow.json` is `{ "city-news-card": ["src", "json", ...], ... }`: what a site admin adds
 * through the `wp_kses_allowed_html` filter, added here exactly as a plugin does it.
 *
 * The code is Debian's `wordpress` package (/usr/share/wordpress, or $WORDPRESS_DIR), loaded as
 * wp-settings.php loads it by wordpress/tests/wordpress-without-db.php (shared with the plugin's
 * tests), and the hooks are registered as default-filters.php and kses_init() register them.
 * Only what needs the database is replaced (see "Stubs" and the options).
 */

require dirname( __DIR__, 2 ) . '/wordpress/tests/wordpress-without-db.php';

function kses_harness_fail( $message ) {
	fwrite( STDERR, "kses.php: $message\n" );
	exit( 2 );
}

$options = getopt( '', array( 'profile:', 'allow:', 'stage:' ) );
$profile = $options['profile'] ?? 'default';
$stage   = $options['stage'] ?? 'display';
if ( ! in_array( $profile, array( 'default', 'allow' ), true ) ) {
	kses_harness_fail( "--profile must be 'default' or 'allow', not '$profile'" );
}
if ( ! in_array( $stage, array( 'save', 'display' ), true ) ) {
	kses_harness_fail( "--stage must be 'save' or 'display', not '$stage'" );
}
$allow = array();
if ( 'allow' === $profile ) {
	if ( empty( $options['allow'] ) ) {
		kses_harness_fail( '--profile=allow needs --allow=path.json' );
	}
	$allow = json_decode( (string) @file_get_contents( $options['allow'] ), true );
	if ( ! is_array( $allow ) ) {
		kses_harness_fail( "cannot read the allow-list JSON from {$options['allow']}" );
	}
}

/*
 * Stubs: only what reads the database. The one function stubbed:
 *
 * current_user_can() (capabilities.php, not loaded: it needs the current user, whose roles and
 * capabilities are in the database). The user saving the post is an Author: no
 * `unfiltered_html`, nor any other capability kses_init() asks about.
 */
function current_user_can( $capability, ...$args ) {
	return false;
}

// The files more that the display filters need (after wordpress-without-db.php's).
require ABSPATH . WPINC . '/class-wp-block-type.php';   // do_blocks() and filter_block_content()
require ABSPATH . WPINC . '/class-wp-block-type-registry.php'; // (pre_kses): no block types are
require ABSPATH . WPINC . '/class-wp-block.php';        // registered, so a Custom HTML block renders
require ABSPATH . WPINC . '/class-wp-block-list.php';   // its saved HTML as it is.
require ABSPATH . WPINC . '/class-wp-block-parser.php';
require ABSPATH . WPINC . '/blocks.php';

// The options read while saving and showing (see wp_without_db_options()).
wp_without_db_options(
	array(
		'blog_charset'    => 'UTF-8', // _wp_specialchars() (esc_attr(), esc_html()), wp_check_invalid_utf8().
		'use_balanceTags' => '0',     // balanceTags() on content_save_pre: off by default.
		'use_smilies'     => '1',
	)
);

// Hooks of default-filters.php that take part in saving and showing post content.
add_filter( 'pre_kses', 'wp_pre_kses_less_than' );
add_filter( 'pre_kses', 'wp_pre_kses_block_attributes', 10, 3 );
add_filter( 'content_save_pre', 'convert_invalid_entities' );
add_filter( 'content_save_pre', 'balanceTags', 50 );
// The display filters of `the_content` that need neither the database nor a post object.
// convert_smilies (20; only turns text smileys into images), prepend_attachment,
// wp_filter_content_tags and wp_replace_insecure_home_url need a post, attachments or the site
// URL and are left out. do_blocks() removes wpautop() for content with blocks (block editor),
// as in WordPress: classic content gets wpautop(), a Custom HTML block does not.
add_filter( 'the_content', 'do_blocks', 9 );
add_filter( 'the_content', 'wptexturize' );
add_filter( 'the_content', 'wpautop' );
add_filter( 'the_content', 'shortcode_unautop' );
add_filter( 'the_content', 'capital_P_dangit', 11 );
add_filter( 'the_content', 'do_shortcode', 11 ); // AFTER wpautop(); no shortcodes registered.

// The `init` actions that decide how content is filtered on save.
wp_init_targeted_link_rel_filters();
kses_init(); // The user lacks unfiltered_html: adds wp_filter_post_kses() to content_save_pre.

if ( 'allow' === $profile ) {
	// What a site admin's plugin (or functions.php) does to allow the widgets in posts.
	add_filter(
		'wp_kses_allowed_html',
		function ( $tags, $context ) use ( $allow ) {
			if ( 'post' !== $context ) {
				return $tags;
			}
			foreach ( $allow as $tag => $attributes ) {
				$tag          = strtolower( $tag );
				$tags[ $tag ] = array_merge(
					is_array( $tags[ $tag ] ?? null ) ? $tags[ $tag ] : array(),
					array_fill_keys( array_map( 'strtolower', $attributes ), true )
				);
			}
			return $tags;
		},
		10,
		2
	);
}

$html = stream_get_contents( STDIN );

// Saving: wp_insert_post() → sanitize_post( ..., 'db' ) → the content_save_pre filter, on slashed
// data (as edit_post() and the REST API pass it); the database stores it unslashed.
$saved = wp_unslash( apply_filters( 'content_save_pre', wp_slash( $html ) ) );
if ( 'save' === $stage ) {
	echo $saved;
	exit( 0 );
}
// Showing: the_content().
echo apply_filters( 'the_content', $saved );
