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
 * The code is Debian's `wordpress` package (/usr/share/wordpress, or $WORDPRESS_DIR); the files
 * are loaded as wp-settings.php loads them, and the hooks are registered as default-filters.php
 * and kses_init() register them. Only what needs the database is replaced (see "Stubs").
 */

error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );
// A warning or notice from WordPress means this harness is not what WordPress runs: fail.
set_error_handler(
	function ( $severity, $message, $file, $line ) {
		if ( $severity & ( E_DEPRECATED | E_USER_DEPRECATED ) ) {
			return false; // Reported on stderr, not fatal (WordPress 6.1 predates PHP 8.2).
		}
		throw new ErrorException( $message, 0, $severity, $file, $line );
	}
);

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

$wordpress = rtrim( getenv( 'WORDPRESS_DIR' ) ?: '/usr/share/wordpress', '/' );
if ( ! is_file( "$wordpress/wp-includes/kses.php" ) ) {
	kses_harness_fail( "no WordPress at $wordpress (apt-get install -y php-cli wordpress, or set WORDPRESS_DIR)" );
}

define( 'ABSPATH', "$wordpress/" );
define( 'WPINC', 'wp-includes' );

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

// The real files, in wp-settings.php's order (only those kses and the display filters need).
require ABSPATH . WPINC . '/version.php';
require ABSPATH . WPINC . '/load.php';                  // wp_installing(), is_multisite(), ...
require ABSPATH . WPINC . '/plugin.php';                // Hooks (and class-wp-hook.php).
require ABSPATH . WPINC . '/formatting.php';            // wptexturize(), wpautop(), wp_slash(), ...
require ABSPATH . WPINC . '/functions.php';             // wp_allowed_protocols(); loads option.php.
require ABSPATH . WPINC . '/cache.php';                 // The in-memory object cache (see the options).
require ABSPATH . WPINC . '/pomo/translations.php';     // NOOP_Translations: an English site.
require ABSPATH . WPINC . '/l10n.php';                  // _x() in wptexturize().
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/shortcodes.php';            // shortcode_unautop(), do_shortcode().
require ABSPATH . WPINC . '/class-wp-block-type.php';   // do_blocks() and filter_block_content()
require ABSPATH . WPINC . '/class-wp-block-type-registry.php'; // (pre_kses): no block types are
require ABSPATH . WPINC . '/class-wp-block.php';        // registered, so a Custom HTML block renders
require ABSPATH . WPINC . '/class-wp-block-list.php';   // its saved HTML as it is.
require ABSPATH . WPINC . '/class-wp-block-parser.php';
require ABSPATH . WPINC . '/blocks.php';

/*
 * Options live in the database. The real option API (option.php) is kept and reads them, as on a
 * site with a persistent object cache, from the real in-memory cache (cache.php), primed with
 * the autoloaded options of a fresh install. Any other option would need the database: the
 * documented short-circuit, the `pre_option` filter, stops the harness rather than guessing.
 */
$kses_harness_options = array(
	'blog_charset'    => 'UTF-8', // _wp_specialchars() (esc_attr(), esc_html()), wp_check_invalid_utf8().
	'use_balanceTags' => '0',     // balanceTags() on content_save_pre: off by default.
	'use_smilies'     => '1',
);
wp_cache_init();
wp_cache_add( 'alloptions', $kses_harness_options, 'options' );
add_filter(
	'pre_option',
	function ( $pre, $option ) use ( $kses_harness_options ) {
		if ( false === $pre && ! array_key_exists( $option, $kses_harness_options ) ) {
			throw new RuntimeException( "option '$option' would need the database; add it to the harness" );
		}
		return $pre;
	},
	10,
	2
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
