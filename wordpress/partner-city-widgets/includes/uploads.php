<?php
/**
 * `.json` announcement files in the Media Library: allowed for users who can upload files,
 * checked against schema/announcement.schema.json before WordPress keeps them.
 *
 * @package partner-city-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Whether the user (default: the current one) may upload files. */
function pcw_user_can_upload( $user = null ) {
	if ( $user instanceof WP_User || is_int( $user ) ) {
		return user_can( $user, 'upload_files' );
	}
	return current_user_can( 'upload_files' );
}

/** `upload_mimes`: adds json => application/json for users who can upload files. */
function pcw_upload_mimes( $mimes, $user = null ) {
	if ( is_array( $mimes ) && pcw_user_can_upload( $user ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}

/**
 * `wp_check_filetype_and_ext`: fileinfo reports JSON as text/plain (or application/json), which
 * WordPress does not take for the `.json` extension; a `.json` file that parses as JSON is
 * application/json.
 */
function pcw_check_filetype_and_ext( $data, $file, $filename, $mimes ) {
	if ( ! empty( $data['ext'] ) && ! empty( $data['type'] ) ) {
		return $data;
	}
	if ( ! preg_match( '/\.json$/i', (string) $filename ) || ! is_array( $mimes ) || ( $mimes['json'] ?? '' ) !== 'application/json' ) {
		return $data;
	}
	if ( ! is_readable( $file ) || filesize( $file ) > PCW_MAX_JSON_BYTES ) {
		return $data;
	}
	json_decode( (string) file_get_contents( $file ), false, 512 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return $data;
	}
	$data['ext']  = 'json';
	$data['type'] = 'application/json';
	return $data;
}

/**
 * The problem of a JSON announcement file ('' when it is valid): not JSON, too big, or the
 * first place where it breaks the schema.
 */
function pcw_announcement_problem( $json ) {
	if ( strlen( $json ) > PCW_MAX_JSON_BYTES ) {
		return __( 'the file is larger than the 5 MB a widget reads', 'partner-city-widgets' );
	}
	$data = json_decode( $json, false, 512 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's message, e.g. "Syntax error". */
		return sprintf( __( 'the file is not JSON (%s)', 'partner-city-widgets' ), json_last_error_msg() );
	}
	$error = PCW_Schema_Validator::announcement()->first_error( $data );
	return null === $error ? '' : $error;
}

/** `wp_handle_upload_prefilter` and `wp_handle_sideload_prefilter`: rejects an invalid file. */
function pcw_upload_prefilter( $file ) {
	if ( ! is_array( $file ) || ! empty( $file['error'] ) || ! preg_match( '/\.json$/i', (string) ( $file['name'] ?? '' ) ) ) {
		return $file;
	}
	$path    = (string) ( $file['tmp_name'] ?? '' );
	$problem = is_readable( $path ) ? pcw_announcement_problem( (string) file_get_contents( $path ) ) : '';
	if ( '' !== $problem ) {
		$file['error'] = sprintf(
			/* translators: %s: the first problem, e.g. "cities[2].lat must be at most 90". */
			__( 'This file is not a valid announcement for Partner City Widgets: %s.', 'partner-city-widgets' ),
			$problem
		);
	}
	return $file;
}
