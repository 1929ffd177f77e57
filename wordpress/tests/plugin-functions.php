<?php
/**
 * The plugin's pure functions against the demo's announcement and a few broken files, with
 * WordPress's real escaping and kses (no database):
 *
 *   php wordpress/tests/plugin-functions.php
 *
 * Prints each failure and "N passed, N failed"; exits 1 when something failed.
 *
 * @package partner-city-widgets
 */

require __DIR__ . '/bootstrap.php';

$passed = 0;
$failed = 0;
function check( $name, $ok, $detail = '' ) {
	global $passed, $failed;
	if ( $ok ) {
		++$passed;
		return;
	}
	++$failed;
	echo "FAIL $name" . ( '' !== $detail ? "\n     $detail" : '' ) . "\n";
}
function contains( $name, $haystack, $needle ) {
	check( $name, false !== strpos( $haystack, $needle ), 'missing ' . $needle . "\n     in " . substr( $haystack, 0, 600 ) );
}
function lacks( $name, $haystack, $needle ) {
	check( $name, false === stripos( $haystack, $needle ), 'unexpected ' . $needle . "\n     in " . substr( $haystack, 0, 600 ) );
}

$root   = dirname( __DIR__, 2 );
$plugin = dirname( __DIR__ ) . '/partner-city-widgets';
$json   = file_get_contents( "$root/demo/data/ljubljana-moskva-2019.json" );
$seed   = json_decode( $json, true );

// ---------------------------------------------------------------- the fallback content

$card = pcw_fallback_html( 'card', $seed, array( 'lang' => 'sl' ) );
contains( 'card: title as a linked h2', $card, '<h2><a href="https://www.ljubljana.si/sl/aktualno/nadaljujemo-dobro-sodelovanje-z-moskvo/">Nadaljujemo dobro sodelovanje z Moskvo</a></h2>' );
contains( 'card: <time datetime>', $card, '<p><time datetime="2019-09-11">' );
contains( 'card: the lead', $card, '<p>Župan Zoran Janković je z županom Moskve Sergejem Sobjaninom' );
check( 'card: every body paragraph', substr_count( $card, '<p>' ) === 1 + 1 + count( $seed['body'] ), $card );
$card_en = pcw_fallback_html( 'card', $seed, array( 'lang' => 'en-GB', 'heading_level' => 3 ) );
contains( 'card: en-GB picks the English texts, h3', $card_en, '">We are continuing good cooperation with Moscow</a></h3>' );
$card_default = pcw_fallback_html( 'card', $seed );
contains( 'card: without a lang, the data\'s lang', $card_default, 'Nadaljujemo dobro sodelovanje z Moskvo' );
$card_de = pcw_fallback_html( 'card', array( 'lang' => 'sl', 'title' => array( 'sl' => 'Naslov', 'en' => 'Title' ) ), array( 'lang' => 'de' ) );
contains( 'card: a language the data lacks falls back to the data\'s, marked with lang', $card_de, '<h2 lang="sl">Naslov</h2>' );
$rich = pcw_fallback_html( 'card', array( 'title' => 'T', 'bodyHtml' => '<p>One <strong>bold</strong></p><script>x()</script><p>Two &amp; three</p>' ) );
contains( 'card: bodyHtml as plain paragraphs (scripts dropped with their text)', $rich, "<p>One bold</p>\n<p>Two &amp; three</p>" );

$areas = pcw_fallback_html( 'areas', $seed, array( 'lang' => 'sl' ) );
check( 'areas: one heading per area', substr_count( $areas, '<h2>' ) === count( $seed['areas'] ), $areas );
check( 'areas: one list per area with items', substr_count( $areas, '<ul>' ) === count( array_filter( $seed['areas'], fn( $a ) => ! empty( $a['items'] ) ) ) );
check( 'areas: every item', substr_count( $areas, '<li>' ) === array_sum( array_map( fn( $a ) => count( $a['items'] ?? array() ), $seed['areas'] ) ) );
contains( 'areas: the first area in Slovene', $areas, '<h2>mestno upravljanje in gospodarstvo</h2>' );
contains( 'areas: a bare array of areas', pcw_fallback_html( 'areas', array( array( 'title' => 'A', 'items' => array( 'x', array( 'title' => 'y' ) ) ) ) ), "<h2>A</h2>\n<ul>\n  <li>x</li>\n  <li>y</li>\n</ul>" );

$map = pcw_fallback_html( 'map', $seed, array( 'lang' => 'en' ) );
contains( 'map: a list of cities', $map, "<ul>\n  <li><a href=\"https://www.ljubljana.si/\">Ljubljana</a> (SI)</li>" );
contains( 'map: the partner with its country code', $map, 'Moscow</a> (RU)</li>' );

// Relative URLs of a file resolve against the file's URL.
$relative = pcw_fallback_html( 'card', array( 'title' => 'T', 'url' => 'article.html' ), array( 'base' => 'https://city.example/wp-content/uploads/2019/09/news.json' ) );
contains( 'card: relative url against the file', $relative, 'href="https://city.example/wp-content/uploads/2019/09/article.html"' );

// Hostile data: everything is text, links only http(s)/mailto.
$hostile = array(
	'title'  => '<script>alert(1)</script>',
	'url'    => 'javascript:alert(1)',
	'lead'   => '"><img src=x onerror=alert(1)>',
	'cities' => array( array( 'id' => 'x', 'name' => '<b>X</b>', 'lat' => 0, 'lon' => 0, 'url' => ' JavaScript:alert(1)', 'country' => '"><' ) ),
);
$bad = pcw_fallback_html( 'card', $hostile ) . pcw_fallback_html( 'map', $hostile );
lacks( 'hostile: no <script>', $bad, '<script' );
lacks( 'hostile: no <img>', $bad, '<img' );
lacks( 'hostile: no javascript: link', $bad, 'javascript:' );
contains( 'hostile: the title as text', $bad, '<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>' );

// ---------------------------------------------------------------- the element

$element = pcw_widget_html( 'card', array( 'json' => $json, 'lang' => 'sl', 'variant' => 'compact', 'headingLevel' => 3, 'theme' => 'dark' ) );
check( 'element: the tag with its attributes', 1 === preg_match( '/^<city-news-card lang="sl" theme="dark" variant="compact" heading-level="3" json="[^"]*">\n<h3>/', $element ), substr( $element, 0, 200 ) );
preg_match( '/ json="([^"]*)"/', $element, $m );
$attr_value = html_entity_decode( $m[1] ?? '', ENT_QUOTES | ENT_HTML5, 'UTF-8' );
check( 'element: json round-trips to the same data', json_decode( $attr_value, true ) === $seed );
check( 'element: json without < > & \' or \\"', ! preg_match( '/[<>&\']|\\\\"/', $attr_value ), $attr_value );
lacks( 'element: never the data attribute', $element, ' data=' );
$awkward = pcw_json_attribute_value( '{"title":"a \\"quoted\\" back\\\\slash </script> & \'x\'"}' );
check( 'json attribute: escapes round-trip', json_decode( $awkward, true ) === array( 'title' => 'a "quoted" back\\slash </script> & \'x\'' ), $awkward );
check( 'json attribute: no backslash before a quote', false === strpos( $awkward, '\\"' ), $awkward );

$src_element = pcw_widget_html( 'areas', array( 'src' => 'https://city.example/wp-content/uploads/areas.json', 'layout' => 'grid', 'searchable' => true, 'open' => false ), $seed );
check( 'element: src, layout, searchable', 0 === strpos( $src_element, '<cooperation-areas src="https://city.example/wp-content/uploads/areas.json" layout="grid" searchable>' ), $src_element );
$js_src = pcw_widget_html( 'map', array( 'src' => 'javascript:alert(1)', 'projection' => 'conic' ) );
check( 'element: a javascript: src is left out', '<partner-city-map projection="conic"></partner-city-map>' === $js_src, $js_src );
$junk = pcw_widget_html( 'card', array( 'src' => '/x.json', 'variant' => 'huge', 'theme' => '" onload="x', 'lang' => 'en" onclick="x', 'headingLevel' => 9, 'tagHref' => 'javascript:x' ) );
check( 'element: unknown values are left out', '<city-news-card src="/x.json"></city-news-card>' === $junk, $junk );

// ---------------------------------------------------------------- the allow-list with kses

$allowed = pcw_allowed_html();
foreach ( PCW_TAGS as $tag ) {
	check( "allow-list: <$tag> with src, json, lang", isset( $allowed[ $tag ]['src'], $allowed[ $tag ]['json'], $allowed[ $tag ]['lang'], $allowed[ $tag ]['style'] ) );
	check( "allow-list: <$tag> without on… attributes", ! preg_grep( '/^on/i', array_keys( $allowed[ $tag ] ) ) );
}
check( 'allow-list: <time datetime>', isset( $allowed['time']['datetime'] ) );
check( 'allow-list: no script', ! isset( $allowed['script'] ) );
$uri_before = wp_kses_uri_attributes();
add_filter( 'wp_kses_allowed_html', 'pcw_filter_allowed_html', 10, 2 );
check( 'allow-list: wp_kses_uri_attributes untouched', wp_kses_uri_attributes() === $uri_before && ! in_array( 'json', $uri_before, true ) );
check( 'allow-list: only the post context', ! isset( wp_kses_allowed_html( 'data' )['city-news-card'] ) );

foreach ( array( 'card' => $seed, 'areas' => $seed, 'map' => $seed ) as $type => $data ) {
	$markup = pcw_widget_html( $type, array( 'json' => $json, 'lang' => 'sl', 'theme' => 'dark' ) );
	$saved  = pcw_test_save( $markup );
	check( "kses (Author): the $type markup is saved as it is", $saved === $markup, "saved:\n" . substr( $saved, 0, 500 ) );
	check( "kses (Author): nothing reported for $type", array() === pcw_removed_parts( $markup, $saved ) );
}
$src_markup = pcw_widget_html( 'areas', array( 'src' => '/wp-content/uploads/2019/09/areas.json', 'layout' => 'list', 'open' => true ), $seed );
check( 'kses (Author): src markup is saved as it is', pcw_test_save( $src_markup ) === $src_markup, pcw_test_save( $src_markup ) );

$attack = '<city-news-card src="javascript:alert(1)" onclick="alert(1)" json=\'{"title":"x"}\'><script>alert(1)</script><a href="javascript:alert(2)">x</a><p onmouseover="alert(3)">t</p></city-news-card>'
	. '<partner-city-map data=\'{"title":"y"}\' projection="auto"></partner-city-map>';
$saved  = pcw_test_save( $attack );
lacks( 'kses (Author): script removed', $saved, '<script' );
lacks( 'kses (Author): event attributes removed', $saved, 'onclick' );
lacks( 'kses (Author): onmouseover removed', $saved, 'onmouseover' );
lacks( 'kses (Author): javascript: removed', $saved, 'javascript:' );
contains( 'kses (Author): the json attribute kept', $saved, 'json=\'{"title":"x"}\'' );
$parts = pcw_removed_parts( $attack, $saved );
check( 'removal report: src and data cut', array( 'src of <city-news-card>', 'data of <partner-city-map>' ) === $parts, implode( ' | ', $parts ) );
contains( 'removal report: a message naming them', pcw_removed_message( $parts ), 'src of <city-news-card>, data of <partner-city-map>' );

remove_filter( 'wp_kses_allowed_html', 'pcw_filter_allowed_html', 10 );
$markup = pcw_widget_html( 'map', array( 'json' => $json, 'lang' => 'en' ) );
$saved  = pcw_test_save( $markup );
lacks( 'kses without the plugin: the tag is removed', $saved, '<partner-city-map' );
contains( 'kses without the plugin: the fallback stays', $saved, 'Moscow</a> (RU)</li>' );
check( 'removal report: the element', array( '<partner-city-map>' ) === pcw_removed_parts( $markup, $saved ) );
add_filter( 'wp_kses_allowed_html', 'pcw_filter_allowed_html', 10, 2 );
check( 'removal report: nothing of ours, nothing reported', array() === pcw_removed_parts( '<p onclick="x">a</p>', '<p>a</p>' ) );

// ---------------------------------------------------------------- the upload check

check( 'schema: the plugin\'s copy is the package\'s', file_get_contents( "$plugin/schema/announcement.schema.json" ) === file_get_contents( "$root/schema/announcement.schema.json" ) );
check( 'upload: the seed is valid', '' === pcw_announcement_problem( $json ), pcw_announcement_problem( $json ) );
$cases = array(
	'cities[2].lat must be at most 90'                                    => function ( $d ) {
		$d['cities'][2] = array( 'id' => 'x', 'name' => 'X', 'lat' => 123, 'lon' => 0 );
		return $d;
	},
	'title is required'                                                   => function ( $d ) {
		unset( $d['title'] );
		return $d;
	},
	'title must be a string or an object'                                 => fn( $d ) => array( 'title' => 5 ) + $d,
	'title.en must not be empty'                                          => fn( $d ) => array( 'title' => array( 'en' => ' ' ) ) + $d,
	'title has a key "english" that must be a language tag'               => fn( $d ) => array( 'title' => array( 'english' => 'x' ) ) + $d,
	'published must be a date'                                            => fn( $d ) => array( 'published' => '2019-02-30' ) + $d,
	'url must be an http, https, mailto or relative URL (not "javascript:alert(1)")' => fn( $d ) => array( 'url' => 'javascript:alert(1)' ) + $d,
	'cities[0].lon is required'                                           => function ( $d ) {
		unset( $d['cities'][0]['lon'] );
		return $d;
	},
	'cities[1].role must be one of: "home", "partner"'                    => function ( $d ) {
		$d['cities'][1]['role'] = 'twin';
		return $d;
	},
	'image.width must be a whole number'                                  => function ( $d ) {
		$d['image']['width'] = 1.5;
		return $d;
	},
	'areas[0].items[1].title is required'                                 => function ( $d ) {
		$d['areas'][0]['items'][1] = array( 'description' => 'x' ); // ({ "url": "…" } is a text: "url" has a language tag's shape)
		return $d;
	},
	'tags must be an array'                                               => fn( $d ) => array( 'tags' => 'moskva' ) + $d,
	'image.alt must be a string or an object'                             => function ( $d ) {
		$d['image']['alt'] = 3;
		return $d;
	},
);
foreach ( $cases as $expected => $break ) {
	$problem = pcw_announcement_problem( json_encode( $break( $seed ) ) );
	check( "upload: $expected", 0 === strpos( $problem, $expected ), "got: $problem" );
}
check( 'upload: an empty title map', 0 === strpos( pcw_announcement_problem( '{"title":{}}' ), 'title must have at least 1 entry' ), pcw_announcement_problem( '{"title":{}}' ) );
check( 'upload: an array is not an announcement', 'the announcement must be an object' === pcw_announcement_problem( '[]' ), pcw_announcement_problem( '[]' ) );
check( 'upload: not JSON', 0 === strpos( pcw_announcement_problem( '{"title": "x",}' ), 'the file is not JSON' ), pcw_announcement_problem( '{"title": "x",}' ) );
check( 'upload: unknown fields are fine', '' === pcw_announcement_problem( '{"title":"x","whatever":[1,{}]}' ) );
check( 'upload: a whole-number float is an integer', '' === pcw_announcement_problem( '{"title":"x","published":2000.0}' ) );

$tmp = tempnam( sys_get_temp_dir(), 'pcw' );
file_put_contents( $tmp, json_encode( array( 'title' => 'x', 'cities' => array( array( 'id' => 'a', 'name' => 'A', 'lat' => 91, 'lon' => 0 ) ) ) ) );
$file = pcw_upload_prefilter( array( 'name' => 'news.json', 'tmp_name' => $tmp, 'error' => 0 ) );
check( 'upload prefilter: an invalid file is refused with its path', 'This file is not a valid announcement for Partner City Widgets: cities[0].lat must be at most 90.' === ( $file['error'] ?? null ), (string) ( $file['error'] ?? '' ) );
$file = pcw_upload_prefilter( array( 'name' => 'photo.jpg', 'tmp_name' => $tmp, 'error' => 0 ) );
check( 'upload prefilter: other files untouched', 0 === $file['error'] );
$type = pcw_check_filetype_and_ext( array( 'ext' => false, 'type' => false, 'proper_filename' => false ), $tmp, 'news.json', array( 'json' => 'application/json' ) );
check( 'filetype: a .json file that parses is application/json', 'json' === $type['ext'] && 'application/json' === $type['type'] );
$type = pcw_check_filetype_and_ext( array( 'ext' => false, 'type' => false, 'proper_filename' => false ), $tmp, 'news.json', array( 'jpg' => 'image/jpeg' ) );
check( 'filetype: not when json is not allowed', false === $type['ext'] );
check( 'upload_mimes: json for users who can upload', 'application/json' === ( pcw_upload_mimes( array() )['json'] ?? null ) );
unlink( $tmp );

echo "$passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
