<?php
/**
 * Removes what the plugin stored: its option and the notices it left on posts.
 *
 * @package partner-city-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'partner_city_widgets_script_url' );
delete_post_meta_by_key( '_pcw_removed' );
