<?php
/**
 * One announcement a line on stdin (JSON); prints, a line each, "valid" or "invalid: <problem>"
 * from the plugin's schema validator. Used by schema-agreement.mjs.
 *
 * @package partner-city-widgets
 */

require __DIR__ . '/bootstrap.php';

$validator = PCW_Schema_Validator::announcement();
while ( false !== ( $line = fgets( STDIN ) ) ) {
	if ( '' === trim( $line ) ) {
		continue;
	}
	$error = $validator->first_error( json_decode( $line, false, 512 ) );
	echo null === $error ? "valid\n" : 'invalid: ' . str_replace( "\n", ' ', $error ) . "\n";
}
