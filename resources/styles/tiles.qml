<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Forms|MapTips|AttributeTable|Rendering" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" minScale="100000000" simplifyLocal="1" version="3.22.16-Białowieża" symbologyReferenceScale="-1" readOnly="0" maxScale="0" labelsEnabled="1" simplifyDrawingHints="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 enableorderby="0" type="RuleRenderer" symbollevels="0" forceraster="0" referencescale="-1">
    <rules key="{1ed5a02a-158e-4409-b9e1-eb52569ad8a0}">
      <rule key="{3168d3c4-66bc-4c12-8f4c-8b64115a3274}" label="Several signals" symbol="0" filter="(if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) >= 2"/>
      <rule key="{9f7076e1-f20b-4675-8957-6c1c6ce1745d}" label="Mining" symbol="1" filter="&quot;flag_mining&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1"/>
      <rule key="{a76a7fa6-9e8e-43f5-b50a-162c82978deb}" label="Logging" symbol="2" filter="&quot;flag_logging&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1"/>
      <rule key="{0a39db64-6228-4bb5-b54d-fa6ae1dc9e2b}" label="Slash-and-burn" symbol="3" filter="&quot;flag_slash_burn&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1"/>
      <rule key="{b975e50a-9908-4c7b-b7a1-dfc0bf28824c}" label="Other tiles" symbol="4" filter="ELSE"/>
    </rules>
    <symbols>
      <symbol type="fill" force_rhr="0" alpha="1" name="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,0,0,110" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,0,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="1.3" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,0,0,110"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,0,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="1.3"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" alpha="1" name="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="230,0,126,90" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="230,0,126,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.9" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="230,0,126,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="230,0,126,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" alpha="1" name="2" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,212,0,90" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,212,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.9" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,212,0,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,212,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" alpha="1" name="3" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,95,0,90" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,95,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.9" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,95,0,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,95,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" alpha="1" name="4" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="0,0,255,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="240,240,240,180" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="no" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,255,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="240,240,240,180"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="no"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style multilineHeight="1" useSubstitutions="0" namedStyle="" allowHtml="0" previewBkgrdColor="255,255,255,255" fontWordSpacing="0" fontKerning="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontItalic="0" fontSize="8" capitalization="0" textOpacity="1" fontSizeUnit="Point" fontWeight="50" fontStrikeout="0" fontUnderline="0" textColor="255,255,255,255" legendString="Aa" textOrientation="horizontal" fontFamily="DejaVu Sans" isExpression="1" fontLetterSpacing="0" blendMode="0" fieldName="array_to_string(array_cat(array_filter(string_to_array(coalesce(&quot;tags&quot;, ''), ' '), @element &lt;> ''), if(coalesce(&quot;coverage&quot;, 1) &lt; 0.5, array('(' || to_string(max(1, floor(&quot;coverage&quot; * 100))) || ' % data)'), array())), '\n')">
        <families/>
        <text-buffer bufferDraw="1" bufferOpacity="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="0,0,0,200" bufferBlendMode="0" bufferJoinStyle="128" bufferSize="0.80000000000000004" bufferNoFill="1" bufferSizeUnits="MM"/>
        <text-mask maskOpacity="1" maskEnabled="0" maskType="0" maskSizeUnits="MM" maskedSymbolLayers="" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskJoinStyle="128" maskSize="1.5"/>
        <background shapeRadiiUnit="MM" shapeOpacity="1" shapeJoinStyle="64" shapeOffsetY="0" shapeRotation="0" shapeBorderColor="128,128,128,255" shapeRadiiX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeSizeType="0" shapeOffsetX="0" shapeSizeX="0" shapeRadiiY="0" shapeBorderWidthUnit="MM" shapeSizeUnit="MM" shapeRotationType="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidth="0" shapeFillColor="255,255,255,255" shapeBlendMode="0" shapeSizeY="0" shapeSVGFile="" shapeDraw="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeType="0">
          <symbol type="fill" force_rhr="0" alpha="1" name="fillSymbol" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
            <layer locked="0" enabled="1" class="SimpleFill" pass="0">
              <Option type="Map">
                <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                <Option type="QString" value="255,255,255,255" name="color"/>
                <Option type="QString" value="bevel" name="joinstyle"/>
                <Option type="QString" value="0,0" name="offset"/>
                <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                <Option type="QString" value="MM" name="offset_unit"/>
                <Option type="QString" value="128,128,128,255" name="outline_color"/>
                <Option type="QString" value="no" name="outline_style"/>
                <Option type="QString" value="0" name="outline_width"/>
                <Option type="QString" value="MM" name="outline_width_unit"/>
                <Option type="QString" value="solid" name="style"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="style" v="solid"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" value="" name="name"/>
                  <Option name="properties"/>
                  <Option type="QString" value="collection" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetAngle="135" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowUnder="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowColor="0,0,0,255" shadowOpacity="0.69999999999999996" shadowOffsetUnit="MM" shadowOffsetDist="1" shadowScale="100" shadowBlendMode="6" shadowOffsetGlobal="1" shadowRadius="1.5" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowDraw="0"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format plussign="0" addDirectionSymbol="0" rightDirectionSymbol=">" useMaxLineLengthForAutoWrap="1" formatNumbers="0" decimals="3" placeDirectionSymbol="0" leftDirectionSymbol="&lt;" autoWrapLength="0" wrapChar="" reverseDirectionSymbol="0" multilineAlign="3"/>
      <placement geometryGenerator="" layerType="UnknownGeometry" centroidWhole="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" polygonPlacementFlags="2" offsetType="0" lineAnchorType="0" overrunDistanceUnit="MM" preserveRotation="1" geometryGeneratorEnabled="0" fitInPolygonOnly="0" maxCurvedCharAngleOut="-25" quadOffset="4" overrunDistance="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorType="PointGeometry" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" priority="5" placement="1" offsetUnits="MM" distUnits="MM" maxCurvedCharAngleIn="25" xOffset="0" repeatDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" placementFlags="10" rotationAngle="0" dist="0" yOffset="0" rotationUnit="AngleDegrees" centroidInside="0" distMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" repeatDistanceUnits="MM"/>
      <rendering upsidedownLabels="0" drawLabels="1" zIndex="0" obstacle="1" fontLimitPixelSize="0" minFeatureSize="18" mergeLines="0" obstacleType="1" scaleMin="0" maxNumLabels="2000" fontMinPixelSize="0" scaleVisibility="0" limitNumLabels="0" scaleMax="0" displayAll="0" unplacedVisibility="0" labelPerPart="0" fontMaxPixelSize="10000" obstacleFactor="1"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" value="" name="name"/>
          <Option type="Map" name="properties">
            <Option type="Map" name="Color">
              <Option type="bool" value="true" name="active"/>
              <Option type="QString" value="if(coalesce(&quot;coverage&quot;, 1) &lt; 0.5, '#b4b4b4', '#ffffff')" name="expression"/>
              <Option type="int" value="3" name="type"/>
            </Option>
            <Option type="Map" name="Italic">
              <Option type="bool" value="true" name="active"/>
              <Option type="QString" value="coalesce(&quot;coverage&quot;, 1) &lt; 0.5" name="expression"/>
              <Option type="int" value="3" name="type"/>
            </Option>
          </Option>
          <Option type="QString" value="collection" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" value="pole_of_inaccessibility" name="anchorPoint"/>
          <Option type="int" value="0" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
          <Option type="bool" value="false" name="drawToAllParts"/>
          <Option type="QString" value="0" name="enabled"/>
          <Option type="QString" value="point_on_exterior" name="labelAnchorPoint"/>
          <Option type="QString" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; alpha=&quot;1&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
          <Option type="double" value="0" name="minLength"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale"/>
          <Option type="QString" value="MM" name="minLengthUnit"/>
          <Option type="double" value="0" name="offsetFromAnchor"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromAnchorUnit"/>
          <Option type="double" value="0" name="offsetFromLabel"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromLabelUnit"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field configurationFlags="None" name="tags">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flagged">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_mining">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_logging">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_slash_burn">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="score_mining">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="score_logging">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="score_slash_burn">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="row">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="col">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="coverage">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_clear">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_partly_cloudy">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_haze">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_cloudy">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_primary">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_agriculture">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_road">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_water">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_cultivation">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_habitation">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_bare_ground">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_artisinal_mine">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_selective_logging">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_blooming">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_slash_burn">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_blow_down">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_conventional_mine">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="clear">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="partly_cloudy">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="haze">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cloudy">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="primary">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="agriculture">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="road">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="water">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cultivation">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="habitation">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="bare_ground">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="artisinal_mine">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="selective_logging">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="blooming">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="slash_burn">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="blow_down">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="conventional_mine">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="model">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="embedding">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" name="Tags" field="tags"/>
    <alias index="1" name="Flagged (any)" field="flagged"/>
    <alias index="2" name="Flag: Mining" field="flag_mining"/>
    <alias index="3" name="Flag: Logging" field="flag_logging"/>
    <alias index="4" name="Flag: Slash-and-burn" field="flag_slash_burn"/>
    <alias index="5" name="Score: Mining" field="score_mining"/>
    <alias index="6" name="Score: Logging" field="score_logging"/>
    <alias index="7" name="Score: Slash-and-burn" field="score_slash_burn"/>
    <alias index="8" name="Row" field="row"/>
    <alias index="9" name="Column" field="col"/>
    <alias index="10" name="Valid-pixel coverage" field="coverage"/>
    <alias index="11" name="P(Clear)" field="p_clear"/>
    <alias index="12" name="P(Partly cloudy)" field="p_partly_cloudy"/>
    <alias index="13" name="P(Haze)" field="p_haze"/>
    <alias index="14" name="P(Cloudy)" field="p_cloudy"/>
    <alias index="15" name="P(Primary)" field="p_primary"/>
    <alias index="16" name="P(Agriculture)" field="p_agriculture"/>
    <alias index="17" name="P(Road)" field="p_road"/>
    <alias index="18" name="P(Water)" field="p_water"/>
    <alias index="19" name="P(Cultivation)" field="p_cultivation"/>
    <alias index="20" name="P(Habitation)" field="p_habitation"/>
    <alias index="21" name="P(Bare ground)" field="p_bare_ground"/>
    <alias index="22" name="P(Artisanal mine)" field="p_artisinal_mine"/>
    <alias index="23" name="P(Selective logging)" field="p_selective_logging"/>
    <alias index="24" name="P(Blooming)" field="p_blooming"/>
    <alias index="25" name="P(Slash burn)" field="p_slash_burn"/>
    <alias index="26" name="P(Blow down)" field="p_blow_down"/>
    <alias index="27" name="P(Conventional mine)" field="p_conventional_mine"/>
    <alias index="28" name="Clear" field="clear"/>
    <alias index="29" name="Partly cloudy" field="partly_cloudy"/>
    <alias index="30" name="Haze" field="haze"/>
    <alias index="31" name="Cloudy" field="cloudy"/>
    <alias index="32" name="Primary" field="primary"/>
    <alias index="33" name="Agriculture" field="agriculture"/>
    <alias index="34" name="Road" field="road"/>
    <alias index="35" name="Water" field="water"/>
    <alias index="36" name="Cultivation" field="cultivation"/>
    <alias index="37" name="Habitation" field="habitation"/>
    <alias index="38" name="Bare ground" field="bare_ground"/>
    <alias index="39" name="Artisanal mine" field="artisinal_mine"/>
    <alias index="40" name="Selective logging" field="selective_logging"/>
    <alias index="41" name="Blooming" field="blooming"/>
    <alias index="42" name="Slash burn" field="slash_burn"/>
    <alias index="43" name="Blow down" field="blow_down"/>
    <alias index="44" name="Conventional mine" field="conventional_mine"/>
    <alias index="45" name="Model" field="model"/>
    <alias index="46" name="" field="embedding"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="tags"/>
    <default expression="" applyOnUpdate="0" field="flagged"/>
    <default expression="" applyOnUpdate="0" field="flag_mining"/>
    <default expression="" applyOnUpdate="0" field="flag_logging"/>
    <default expression="" applyOnUpdate="0" field="flag_slash_burn"/>
    <default expression="" applyOnUpdate="0" field="score_mining"/>
    <default expression="" applyOnUpdate="0" field="score_logging"/>
    <default expression="" applyOnUpdate="0" field="score_slash_burn"/>
    <default expression="" applyOnUpdate="0" field="row"/>
    <default expression="" applyOnUpdate="0" field="col"/>
    <default expression="" applyOnUpdate="0" field="coverage"/>
    <default expression="" applyOnUpdate="0" field="p_clear"/>
    <default expression="" applyOnUpdate="0" field="p_partly_cloudy"/>
    <default expression="" applyOnUpdate="0" field="p_haze"/>
    <default expression="" applyOnUpdate="0" field="p_cloudy"/>
    <default expression="" applyOnUpdate="0" field="p_primary"/>
    <default expression="" applyOnUpdate="0" field="p_agriculture"/>
    <default expression="" applyOnUpdate="0" field="p_road"/>
    <default expression="" applyOnUpdate="0" field="p_water"/>
    <default expression="" applyOnUpdate="0" field="p_cultivation"/>
    <default expression="" applyOnUpdate="0" field="p_habitation"/>
    <default expression="" applyOnUpdate="0" field="p_bare_ground"/>
    <default expression="" applyOnUpdate="0" field="p_artisinal_mine"/>
    <default expression="" applyOnUpdate="0" field="p_selective_logging"/>
    <default expression="" applyOnUpdate="0" field="p_blooming"/>
    <default expression="" applyOnUpdate="0" field="p_slash_burn"/>
    <default expression="" applyOnUpdate="0" field="p_blow_down"/>
    <default expression="" applyOnUpdate="0" field="p_conventional_mine"/>
    <default expression="" applyOnUpdate="0" field="clear"/>
    <default expression="" applyOnUpdate="0" field="partly_cloudy"/>
    <default expression="" applyOnUpdate="0" field="haze"/>
    <default expression="" applyOnUpdate="0" field="cloudy"/>
    <default expression="" applyOnUpdate="0" field="primary"/>
    <default expression="" applyOnUpdate="0" field="agriculture"/>
    <default expression="" applyOnUpdate="0" field="road"/>
    <default expression="" applyOnUpdate="0" field="water"/>
    <default expression="" applyOnUpdate="0" field="cultivation"/>
    <default expression="" applyOnUpdate="0" field="habitation"/>
    <default expression="" applyOnUpdate="0" field="bare_ground"/>
    <default expression="" applyOnUpdate="0" field="artisinal_mine"/>
    <default expression="" applyOnUpdate="0" field="selective_logging"/>
    <default expression="" applyOnUpdate="0" field="blooming"/>
    <default expression="" applyOnUpdate="0" field="slash_burn"/>
    <default expression="" applyOnUpdate="0" field="blow_down"/>
    <default expression="" applyOnUpdate="0" field="conventional_mine"/>
    <default expression="" applyOnUpdate="0" field="model"/>
    <default expression="" applyOnUpdate="0" field="embedding"/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="tags"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="flagged"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="flag_mining"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="flag_logging"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="flag_slash_burn"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="score_mining"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="score_logging"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="score_slash_burn"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="row"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="col"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="coverage"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_clear"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_partly_cloudy"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_haze"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_cloudy"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_primary"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_agriculture"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_road"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_water"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_cultivation"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_habitation"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_bare_ground"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_artisinal_mine"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_selective_logging"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_blooming"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_slash_burn"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_blow_down"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="p_conventional_mine"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="clear"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="partly_cloudy"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="haze"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="cloudy"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="primary"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="agriculture"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="road"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="water"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="cultivation"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="habitation"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="bare_ground"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="artisinal_mine"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="selective_logging"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="blooming"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="slash_burn"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="blow_down"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="conventional_mine"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="model"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="embedding"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="tags"/>
    <constraint exp="" desc="" field="flagged"/>
    <constraint exp="" desc="" field="flag_mining"/>
    <constraint exp="" desc="" field="flag_logging"/>
    <constraint exp="" desc="" field="flag_slash_burn"/>
    <constraint exp="" desc="" field="score_mining"/>
    <constraint exp="" desc="" field="score_logging"/>
    <constraint exp="" desc="" field="score_slash_burn"/>
    <constraint exp="" desc="" field="row"/>
    <constraint exp="" desc="" field="col"/>
    <constraint exp="" desc="" field="coverage"/>
    <constraint exp="" desc="" field="p_clear"/>
    <constraint exp="" desc="" field="p_partly_cloudy"/>
    <constraint exp="" desc="" field="p_haze"/>
    <constraint exp="" desc="" field="p_cloudy"/>
    <constraint exp="" desc="" field="p_primary"/>
    <constraint exp="" desc="" field="p_agriculture"/>
    <constraint exp="" desc="" field="p_road"/>
    <constraint exp="" desc="" field="p_water"/>
    <constraint exp="" desc="" field="p_cultivation"/>
    <constraint exp="" desc="" field="p_habitation"/>
    <constraint exp="" desc="" field="p_bare_ground"/>
    <constraint exp="" desc="" field="p_artisinal_mine"/>
    <constraint exp="" desc="" field="p_selective_logging"/>
    <constraint exp="" desc="" field="p_blooming"/>
    <constraint exp="" desc="" field="p_slash_burn"/>
    <constraint exp="" desc="" field="p_blow_down"/>
    <constraint exp="" desc="" field="p_conventional_mine"/>
    <constraint exp="" desc="" field="clear"/>
    <constraint exp="" desc="" field="partly_cloudy"/>
    <constraint exp="" desc="" field="haze"/>
    <constraint exp="" desc="" field="cloudy"/>
    <constraint exp="" desc="" field="primary"/>
    <constraint exp="" desc="" field="agriculture"/>
    <constraint exp="" desc="" field="road"/>
    <constraint exp="" desc="" field="water"/>
    <constraint exp="" desc="" field="cultivation"/>
    <constraint exp="" desc="" field="habitation"/>
    <constraint exp="" desc="" field="bare_ground"/>
    <constraint exp="" desc="" field="artisinal_mine"/>
    <constraint exp="" desc="" field="selective_logging"/>
    <constraint exp="" desc="" field="blooming"/>
    <constraint exp="" desc="" field="slash_burn"/>
    <constraint exp="" desc="" field="blow_down"/>
    <constraint exp="" desc="" field="conventional_mine"/>
    <constraint exp="" desc="" field="model"/>
    <constraint exp="" desc="" field="embedding"/>
  </constraintExpressions>
  <expressionfields/>
  <attributetableconfig sortExpression="" actionWidgetStyle="dropDown" sortOrder="0">
    <columns>
      <column type="field" hidden="0" name="tags" width="260"/>
      <column type="field" hidden="0" name="flagged" width="117"/>
      <column type="field" hidden="0" name="flag_mining" width="110"/>
      <column type="field" hidden="0" name="flag_logging" width="117"/>
      <column type="field" hidden="0" name="flag_slash_burn" width="170"/>
      <column type="field" hidden="0" name="score_mining" width="117"/>
      <column type="field" hidden="0" name="score_logging" width="125"/>
      <column type="field" hidden="0" name="score_slash_burn" width="177"/>
      <column type="field" hidden="0" name="row" width="-1"/>
      <column type="field" hidden="0" name="col" width="-1"/>
      <column type="field" hidden="0" name="coverage" width="170"/>
      <column type="field" hidden="0" name="p_clear" width="-1"/>
      <column type="field" hidden="0" name="p_partly_cloudy" width="140"/>
      <column type="field" hidden="0" name="p_haze" width="-1"/>
      <column type="field" hidden="0" name="p_cloudy" width="-1"/>
      <column type="field" hidden="0" name="p_primary" width="-1"/>
      <column type="field" hidden="0" name="p_agriculture" width="125"/>
      <column type="field" hidden="0" name="p_road" width="-1"/>
      <column type="field" hidden="0" name="p_water" width="-1"/>
      <column type="field" hidden="0" name="p_cultivation" width="125"/>
      <column type="field" hidden="0" name="p_habitation" width="117"/>
      <column type="field" hidden="0" name="p_bare_ground" width="125"/>
      <column type="field" hidden="0" name="p_artisinal_mine" width="147"/>
      <column type="field" hidden="0" name="p_selective_logging" width="170"/>
      <column type="field" hidden="0" name="p_blooming" width="102"/>
      <column type="field" hidden="0" name="p_slash_burn" width="117"/>
      <column type="field" hidden="0" name="p_blow_down" width="110"/>
      <column type="field" hidden="0" name="p_conventional_mine" width="170"/>
      <column type="field" hidden="0" name="clear" width="-1"/>
      <column type="field" hidden="0" name="partly_cloudy" width="117"/>
      <column type="field" hidden="0" name="haze" width="-1"/>
      <column type="field" hidden="0" name="cloudy" width="-1"/>
      <column type="field" hidden="0" name="primary" width="-1"/>
      <column type="field" hidden="0" name="agriculture" width="102"/>
      <column type="field" hidden="0" name="road" width="-1"/>
      <column type="field" hidden="0" name="water" width="-1"/>
      <column type="field" hidden="0" name="cultivation" width="102"/>
      <column type="field" hidden="0" name="habitation" width="-1"/>
      <column type="field" hidden="0" name="bare_ground" width="102"/>
      <column type="field" hidden="0" name="artisinal_mine" width="125"/>
      <column type="field" hidden="0" name="selective_logging" width="147"/>
      <column type="field" hidden="0" name="blooming" width="-1"/>
      <column type="field" hidden="0" name="slash_burn" width="-1"/>
      <column type="field" hidden="0" name="blow_down" width="-1"/>
      <column type="field" hidden="0" name="conventional_mine" width="147"/>
      <column type="field" hidden="0" name="model" width="-1"/>
      <column type="field" hidden="1" name="embedding" width="-1"/>
    </columns>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <attributeEditorContainer showLabel="1" groupBox="1" columnCount="1" visibilityExpressionEnabled="0" visibilityExpression="" name="Tile">
      <attributeEditorField showLabel="1" name="tags" index="0"/>
      <attributeEditorField showLabel="1" name="flagged" index="1"/>
      <attributeEditorField showLabel="1" name="flag_mining" index="2"/>
      <attributeEditorField showLabel="1" name="flag_logging" index="3"/>
      <attributeEditorField showLabel="1" name="flag_slash_burn" index="4"/>
      <attributeEditorField showLabel="1" name="score_mining" index="5"/>
      <attributeEditorField showLabel="1" name="score_logging" index="6"/>
      <attributeEditorField showLabel="1" name="score_slash_burn" index="7"/>
      <attributeEditorField showLabel="1" name="coverage" index="10"/>
      <attributeEditorField showLabel="1" name="row" index="8"/>
      <attributeEditorField showLabel="1" name="col" index="9"/>
      <attributeEditorField showLabel="1" name="model" index="45"/>
    </attributeEditorContainer>
    <attributeEditorContainer showLabel="1" groupBox="1" columnCount="2" visibilityExpressionEnabled="0" visibilityExpression="" name="Tags and probabilities">
      <attributeEditorField showLabel="1" name="clear" index="28"/>
      <attributeEditorField showLabel="1" name="p_clear" index="11"/>
      <attributeEditorField showLabel="1" name="partly_cloudy" index="29"/>
      <attributeEditorField showLabel="1" name="p_partly_cloudy" index="12"/>
      <attributeEditorField showLabel="1" name="haze" index="30"/>
      <attributeEditorField showLabel="1" name="p_haze" index="13"/>
      <attributeEditorField showLabel="1" name="cloudy" index="31"/>
      <attributeEditorField showLabel="1" name="p_cloudy" index="14"/>
      <attributeEditorField showLabel="1" name="primary" index="32"/>
      <attributeEditorField showLabel="1" name="p_primary" index="15"/>
      <attributeEditorField showLabel="1" name="agriculture" index="33"/>
      <attributeEditorField showLabel="1" name="p_agriculture" index="16"/>
      <attributeEditorField showLabel="1" name="road" index="34"/>
      <attributeEditorField showLabel="1" name="p_road" index="17"/>
      <attributeEditorField showLabel="1" name="water" index="35"/>
      <attributeEditorField showLabel="1" name="p_water" index="18"/>
      <attributeEditorField showLabel="1" name="cultivation" index="36"/>
      <attributeEditorField showLabel="1" name="p_cultivation" index="19"/>
      <attributeEditorField showLabel="1" name="habitation" index="37"/>
      <attributeEditorField showLabel="1" name="p_habitation" index="20"/>
      <attributeEditorField showLabel="1" name="bare_ground" index="38"/>
      <attributeEditorField showLabel="1" name="p_bare_ground" index="21"/>
      <attributeEditorField showLabel="1" name="artisinal_mine" index="39"/>
      <attributeEditorField showLabel="1" name="p_artisinal_mine" index="22"/>
      <attributeEditorField showLabel="1" name="selective_logging" index="40"/>
      <attributeEditorField showLabel="1" name="p_selective_logging" index="23"/>
      <attributeEditorField showLabel="1" name="blooming" index="41"/>
      <attributeEditorField showLabel="1" name="p_blooming" index="24"/>
      <attributeEditorField showLabel="1" name="slash_burn" index="42"/>
      <attributeEditorField showLabel="1" name="p_slash_burn" index="25"/>
      <attributeEditorField showLabel="1" name="blow_down" index="43"/>
      <attributeEditorField showLabel="1" name="p_blow_down" index="26"/>
      <attributeEditorField showLabel="1" name="conventional_mine" index="44"/>
      <attributeEditorField showLabel="1" name="p_conventional_mine" index="27"/>
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>'Tile ' || "row" || ', ' || "col" || ': ' || "tags"</previewExpression>
  <mapTip>&lt;b>Tile [% "row" %], [% "col" %]&lt;/b> [% if("flagged", '&amp;#9888; flagged', '') %]&lt;br/>Tags: &lt;i>[% "tags" %]&lt;/i>&lt;br/>[% if(coalesce("coverage", 1) &lt; 0.5, '&lt;span style="color:#a05000">&lt;i>' || 'Only ' || to_string(max(1, floor("coverage" * 100))) || ' % of this tile has data (a scene''s edge or nodata): its tags and flags rest on that part.' || '&lt;/i>&lt;/span>&lt;br/>', '') %]&lt;table>&lt;tr>&lt;th align="left">Flag&lt;/th>&lt;th>score&lt;/th>&lt;/tr>&lt;tr>&lt;td>[% if("flag_mining", '&lt;b>&amp;#9888; Mining&lt;/b>', 'Mining') %]&lt;/td>&lt;td align="right">[% coalesce(format_number("score_mining", 2), '') %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("flag_logging", '&lt;b>&amp;#9888; Logging&lt;/b>', 'Logging') %]&lt;/td>&lt;td align="right">[% coalesce(format_number("score_logging", 2), '') %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("flag_slash_burn", '&lt;b>&amp;#9888; Slash-and-burn&lt;/b>', 'Slash-and-burn') %]&lt;/td>&lt;td align="right">[% coalesce(format_number("score_slash_burn", 2), '') %]&lt;/td>&lt;/tr>&lt;/table>&lt;b>Most probable&lt;/b>&lt;br/>[% array_to_string(array_foreach(array_slice(array_sort(array(lpad(to_string(round(coalesce("p_clear", 0) * 100)), 3, '0') || 'Clear', lpad(to_string(round(coalesce("p_partly_cloudy", 0) * 100)), 3, '0') || 'Partly cloudy', lpad(to_string(round(coalesce("p_haze", 0) * 100)), 3, '0') || 'Haze', lpad(to_string(round(coalesce("p_cloudy", 0) * 100)), 3, '0') || 'Cloudy', lpad(to_string(round(coalesce("p_primary", 0) * 100)), 3, '0') || 'Primary', lpad(to_string(round(coalesce("p_agriculture", 0) * 100)), 3, '0') || 'Agriculture', lpad(to_string(round(coalesce("p_road", 0) * 100)), 3, '0') || 'Road', lpad(to_string(round(coalesce("p_water", 0) * 100)), 3, '0') || 'Water', lpad(to_string(round(coalesce("p_cultivation", 0) * 100)), 3, '0') || 'Cultivation', lpad(to_string(round(coalesce("p_habitation", 0) * 100)), 3, '0') || 'Habitation', lpad(to_string(round(coalesce("p_bare_ground", 0) * 100)), 3, '0') || 'Bare ground', lpad(to_string(round(coalesce("p_artisinal_mine", 0) * 100)), 3, '0') || 'Artisanal mine', lpad(to_string(round(coalesce("p_selective_logging", 0) * 100)), 3, '0') || 'Selective logging', lpad(to_string(round(coalesce("p_blooming", 0) * 100)), 3, '0') || 'Blooming', lpad(to_string(round(coalesce("p_slash_burn", 0) * 100)), 3, '0') || 'Slash burn', lpad(to_string(round(coalesce("p_blow_down", 0) * 100)), 3, '0') || 'Blow down', lpad(to_string(round(coalesce("p_conventional_mine", 0) * 100)), 3, '0') || 'Conventional mine'), false), 0, 4), substr(@element, 4) || ' ' || format_number(to_int(left(@element, 3)) / 100, 2)), '&lt;br/>') %]</mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
