<?php
/**
 * WordPress without a database, shared by test/cms/kses.php (the CMS round-trip harness) and
 * wordpress/tests/bootstrap.php (the plugin's pure functions): the code is Debian's `wordpress`
 * package (/usr/share/wordpress, or $WORDPRESS_DIR), its files loaded as wp-settings.php loads
 * them, as far as formatting, escaping, kses and shortcodes. Each script requiring it then loads
 * the few files more it needs, primes its options (wp_without_db_options()) and registers the
 * hooks it tests.
 *
 * The requiring script defines current_user_can(): capabilities.php is not loaded, as it needs
 * the current user, whose roles and capabilities are in the database.
 *
 * @package partner-city-widgets
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

$wordpress = rtrim( getenv( 'WORDPRESS_DIR' ) ?: '/usr/share/wordpress', '/' );
if ( ! is_file( "$wordpress/wp-includes/kses.php" ) ) {
	fwrite( STDERR, basename( $_SERVER['SCRIPT_FILENAME'] ) . ": no WordPress at $wordpress (apt-get install -y php-cli wordpress, or set WORDPRESS_DIR)\n" );
	exit( 2 );
}

define( 'ABSPATH', "$wordpress/" );
define( 'WPINC', 'wp-includes' );

// The real files, in wp-settings.php's order.
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

/**
 * Options live in the database. The real option API (option.php) is kept and reads them, as on a
 * site with a persistent object cache, from the real in-memory cache (cache.php), primed with
 * `$options`: the autoloaded options of a fresh install that the caller's code reads. Any other
 * option would need the database: the documented short-circuit, the `pre_option` filter, stops
 * the harness rather than guessing.
 */
function wp_without_db_options( array $options ) {
	wp_cache_init();
	wp_cache_add( 'alloptions', $options, 'options' );
	add_filter(
		'pre_option',
		function ( $pre, $option ) use ( $options ) {
			if ( false === $pre && ! array_key_exists( $option, $options ) ) {
				throw new RuntimeException( "option '$option' would need the database; add it to the harness" );
			}
			return $pre;
		},
		10,
		2
	);
}
