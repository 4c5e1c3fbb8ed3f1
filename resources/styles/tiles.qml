<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis symbologyReferenceScale="-1" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" maxScale="0" simplifyDrawingHints="1" minScale="100000000" version="3.22.16-Białowieża" simplifyMaxScale="1" readOnly="0" styleCategories="LayerConfiguration|Symbology|Fields|Forms|MapTips|Rendering" simplifyLocal="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 type="RuleRenderer" enableorderby="0" symbollevels="0" referencescale="-1" forceraster="0">
    <rules key="{8898d348-5e6f-4e8d-8583-fabcc45cb78b}">
      <rule label="Several deforestation signals" key="{2e03c6b1-2923-4c1c-93b0-05b06ef396fc}" symbol="0" filter="(if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) >= 2"/>
      <rule label="Mining" key="{7d67fdbf-06e3-4ffa-8818-a67b0364ea88}" symbol="1" filter="&quot;flag_mining&quot;"/>
      <rule label="Logging" key="{67ef3729-09ec-49c8-ab0a-b5ae0da38edb}" symbol="2" filter="&quot;flag_logging&quot;"/>
      <rule label="Slash-and-burn" key="{4e3b1088-a5bb-4419-9ab2-7199135b99db}" symbol="3" filter="&quot;flag_slash_burn&quot;"/>
      <rule label="Other tiles" key="{bc129355-f89d-46e7-b111-5a6411d12eab}" symbol="4" filter="ELSE"/>
    </rules>
    <symbols>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" pass="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,0,0,150" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,0,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,0,0,150"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,0,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="1.2"/>
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
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" pass="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="230,0,126,120" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="230,0,126,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.8" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="230,0,126,120"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="230,0,126,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
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
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" pass="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,212,0,120" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,212,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.8" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,212,0,120"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,212,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
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
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" pass="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,95,0,120" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,95,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.8" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,95,0,120"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,95,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
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
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" pass="0" enabled="1">
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
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
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
    <field configurationFlags="None" name="tags">
      <editWidget type="">
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
    <field configurationFlags="None" name="flagged">
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
  </fieldConfiguration>
  <aliases>
    <alias field="row" index="0" name="Row"/>
    <alias field="col" index="1" name="Column"/>
    <alias field="coverage" index="2" name="Valid-pixel coverage"/>
    <alias field="p_clear" index="3" name="P(Clear)"/>
    <alias field="p_partly_cloudy" index="4" name="P(Partly cloudy)"/>
    <alias field="p_haze" index="5" name="P(Haze)"/>
    <alias field="p_cloudy" index="6" name="P(Cloudy)"/>
    <alias field="p_primary" index="7" name="P(Primary)"/>
    <alias field="p_agriculture" index="8" name="P(Agriculture)"/>
    <alias field="p_road" index="9" name="P(Road)"/>
    <alias field="p_water" index="10" name="P(Water)"/>
    <alias field="p_cultivation" index="11" name="P(Cultivation)"/>
    <alias field="p_habitation" index="12" name="P(Habitation)"/>
    <alias field="p_bare_ground" index="13" name="P(Bare ground)"/>
    <alias field="p_artisinal_mine" index="14" name="P(Artisanal mine)"/>
    <alias field="p_selective_logging" index="15" name="P(Selective logging)"/>
    <alias field="p_blooming" index="16" name="P(Blooming)"/>
    <alias field="p_slash_burn" index="17" name="P(Slash burn)"/>
    <alias field="p_blow_down" index="18" name="P(Blow down)"/>
    <alias field="p_conventional_mine" index="19" name="P(Conventional mine)"/>
    <alias field="clear" index="20" name="Clear"/>
    <alias field="partly_cloudy" index="21" name="Partly cloudy"/>
    <alias field="haze" index="22" name="Haze"/>
    <alias field="cloudy" index="23" name="Cloudy"/>
    <alias field="primary" index="24" name="Primary"/>
    <alias field="agriculture" index="25" name="Agriculture"/>
    <alias field="road" index="26" name="Road"/>
    <alias field="water" index="27" name="Water"/>
    <alias field="cultivation" index="28" name="Cultivation"/>
    <alias field="habitation" index="29" name="Habitation"/>
    <alias field="bare_ground" index="30" name="Bare ground"/>
    <alias field="artisinal_mine" index="31" name="Artisanal mine"/>
    <alias field="selective_logging" index="32" name="Selective logging"/>
    <alias field="blooming" index="33" name="Blooming"/>
    <alias field="slash_burn" index="34" name="Slash burn"/>
    <alias field="blow_down" index="35" name="Blow down"/>
    <alias field="conventional_mine" index="36" name="Conventional mine"/>
    <alias field="tags" index="37" name="Tags"/>
    <alias field="flag_mining" index="38" name="Flag: Mining"/>
    <alias field="flag_logging" index="39" name="Flag: Logging"/>
    <alias field="flag_slash_burn" index="40" name="Flag: Slash-and-burn"/>
    <alias field="flagged" index="41" name="Flagged (any)"/>
    <alias field="model" index="42" name="Model"/>
  </aliases>
  <defaults>
    <default field="row" applyOnUpdate="0" expression=""/>
    <default field="col" applyOnUpdate="0" expression=""/>
    <default field="coverage" applyOnUpdate="0" expression=""/>
    <default field="p_clear" applyOnUpdate="0" expression=""/>
    <default field="p_partly_cloudy" applyOnUpdate="0" expression=""/>
    <default field="p_haze" applyOnUpdate="0" expression=""/>
    <default field="p_cloudy" applyOnUpdate="0" expression=""/>
    <default field="p_primary" applyOnUpdate="0" expression=""/>
    <default field="p_agriculture" applyOnUpdate="0" expression=""/>
    <default field="p_road" applyOnUpdate="0" expression=""/>
    <default field="p_water" applyOnUpdate="0" expression=""/>
    <default field="p_cultivation" applyOnUpdate="0" expression=""/>
    <default field="p_habitation" applyOnUpdate="0" expression=""/>
    <default field="p_bare_ground" applyOnUpdate="0" expression=""/>
    <default field="p_artisinal_mine" applyOnUpdate="0" expression=""/>
    <default field="p_selective_logging" applyOnUpdate="0" expression=""/>
    <default field="p_blooming" applyOnUpdate="0" expression=""/>
    <default field="p_slash_burn" applyOnUpdate="0" expression=""/>
    <default field="p_blow_down" applyOnUpdate="0" expression=""/>
    <default field="p_conventional_mine" applyOnUpdate="0" expression=""/>
    <default field="clear" applyOnUpdate="0" expression=""/>
    <default field="partly_cloudy" applyOnUpdate="0" expression=""/>
    <default field="haze" applyOnUpdate="0" expression=""/>
    <default field="cloudy" applyOnUpdate="0" expression=""/>
    <default field="primary" applyOnUpdate="0" expression=""/>
    <default field="agriculture" applyOnUpdate="0" expression=""/>
    <default field="road" applyOnUpdate="0" expression=""/>
    <default field="water" applyOnUpdate="0" expression=""/>
    <default field="cultivation" applyOnUpdate="0" expression=""/>
    <default field="habitation" applyOnUpdate="0" expression=""/>
    <default field="bare_ground" applyOnUpdate="0" expression=""/>
    <default field="artisinal_mine" applyOnUpdate="0" expression=""/>
    <default field="selective_logging" applyOnUpdate="0" expression=""/>
    <default field="blooming" applyOnUpdate="0" expression=""/>
    <default field="slash_burn" applyOnUpdate="0" expression=""/>
    <default field="blow_down" applyOnUpdate="0" expression=""/>
    <default field="conventional_mine" applyOnUpdate="0" expression=""/>
    <default field="tags" applyOnUpdate="0" expression=""/>
    <default field="flag_mining" applyOnUpdate="0" expression=""/>
    <default field="flag_logging" applyOnUpdate="0" expression=""/>
    <default field="flag_slash_burn" applyOnUpdate="0" expression=""/>
    <default field="flagged" applyOnUpdate="0" expression=""/>
    <default field="model" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint constraints="0" unique_strength="0" field="row" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="col" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="coverage" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_clear" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_partly_cloudy" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_haze" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_cloudy" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_primary" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_agriculture" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_road" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_water" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_cultivation" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_habitation" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_bare_ground" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_artisinal_mine" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_selective_logging" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_blooming" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_slash_burn" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_blow_down" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="p_conventional_mine" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="clear" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="partly_cloudy" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="haze" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="cloudy" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="primary" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="agriculture" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="road" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="water" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="cultivation" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="habitation" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="bare_ground" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="artisinal_mine" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="selective_logging" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="blooming" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="slash_burn" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="blow_down" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="conventional_mine" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="tags" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="flag_mining" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="flag_logging" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="flag_slash_burn" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="flagged" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" field="model" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="row" exp="" desc=""/>
    <constraint field="col" exp="" desc=""/>
    <constraint field="coverage" exp="" desc=""/>
    <constraint field="p_clear" exp="" desc=""/>
    <constraint field="p_partly_cloudy" exp="" desc=""/>
    <constraint field="p_haze" exp="" desc=""/>
    <constraint field="p_cloudy" exp="" desc=""/>
    <constraint field="p_primary" exp="" desc=""/>
    <constraint field="p_agriculture" exp="" desc=""/>
    <constraint field="p_road" exp="" desc=""/>
    <constraint field="p_water" exp="" desc=""/>
    <constraint field="p_cultivation" exp="" desc=""/>
    <constraint field="p_habitation" exp="" desc=""/>
    <constraint field="p_bare_ground" exp="" desc=""/>
    <constraint field="p_artisinal_mine" exp="" desc=""/>
    <constraint field="p_selective_logging" exp="" desc=""/>
    <constraint field="p_blooming" exp="" desc=""/>
    <constraint field="p_slash_burn" exp="" desc=""/>
    <constraint field="p_blow_down" exp="" desc=""/>
    <constraint field="p_conventional_mine" exp="" desc=""/>
    <constraint field="clear" exp="" desc=""/>
    <constraint field="partly_cloudy" exp="" desc=""/>
    <constraint field="haze" exp="" desc=""/>
    <constraint field="cloudy" exp="" desc=""/>
    <constraint field="primary" exp="" desc=""/>
    <constraint field="agriculture" exp="" desc=""/>
    <constraint field="road" exp="" desc=""/>
    <constraint field="water" exp="" desc=""/>
    <constraint field="cultivation" exp="" desc=""/>
    <constraint field="habitation" exp="" desc=""/>
    <constraint field="bare_ground" exp="" desc=""/>
    <constraint field="artisinal_mine" exp="" desc=""/>
    <constraint field="selective_logging" exp="" desc=""/>
    <constraint field="blooming" exp="" desc=""/>
    <constraint field="slash_burn" exp="" desc=""/>
    <constraint field="blow_down" exp="" desc=""/>
    <constraint field="conventional_mine" exp="" desc=""/>
    <constraint field="tags" exp="" desc=""/>
    <constraint field="flag_mining" exp="" desc=""/>
    <constraint field="flag_logging" exp="" desc=""/>
    <constraint field="flag_slash_burn" exp="" desc=""/>
    <constraint field="flagged" exp="" desc=""/>
    <constraint field="model" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>'Tile ' || "row" || ', ' || "col" || ': ' || "tags"</previewExpression>
  <mapTip>&lt;b>Tile [% "row" %], [% "col" %]&lt;/b> [% if("flagged", '&amp;#9888; flagged', '') %]&lt;br/>Tags: &lt;i>[% "tags" %]&lt;/i>&lt;br/>&lt;table>&lt;tr>&lt;td>[% if("clear", '&lt;b>Clear&lt;/b>', 'Clear') %]&lt;/td>&lt;td align="right">[% format_number("p_clear", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("partly_cloudy", '&lt;b>Partly cloudy&lt;/b>', 'Partly cloudy') %]&lt;/td>&lt;td align="right">[% format_number("p_partly_cloudy", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("haze", '&lt;b>Haze&lt;/b>', 'Haze') %]&lt;/td>&lt;td align="right">[% format_number("p_haze", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("cloudy", '&lt;b>Cloudy&lt;/b>', 'Cloudy') %]&lt;/td>&lt;td align="right">[% format_number("p_cloudy", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("primary", '&lt;b>Primary&lt;/b>', 'Primary') %]&lt;/td>&lt;td align="right">[% format_number("p_primary", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("agriculture", '&lt;b>Agriculture&lt;/b>', 'Agriculture') %]&lt;/td>&lt;td align="right">[% format_number("p_agriculture", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("road", '&lt;b>Road&lt;/b>', 'Road') %]&lt;/td>&lt;td align="right">[% format_number("p_road", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("water", '&lt;b>Water&lt;/b>', 'Water') %]&lt;/td>&lt;td align="right">[% format_number("p_water", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("cultivation", '&lt;b>Cultivation&lt;/b>', 'Cultivation') %]&lt;/td>&lt;td align="right">[% format_number("p_cultivation", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("habitation", '&lt;b>Habitation&lt;/b>', 'Habitation') %]&lt;/td>&lt;td align="right">[% format_number("p_habitation", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("bare_ground", '&lt;b>Bare ground&lt;/b>', 'Bare ground') %]&lt;/td>&lt;td align="right">[% format_number("p_bare_ground", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("artisinal_mine", '&lt;b>Artisanal mine&lt;/b>', 'Artisanal mine') %]&lt;/td>&lt;td align="right">[% format_number("p_artisinal_mine", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("selective_logging", '&lt;b>Selective logging&lt;/b>', 'Selective logging') %]&lt;/td>&lt;td align="right">[% format_number("p_selective_logging", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("blooming", '&lt;b>Blooming&lt;/b>', 'Blooming') %]&lt;/td>&lt;td align="right">[% format_number("p_blooming", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("slash_burn", '&lt;b>Slash burn&lt;/b>', 'Slash burn') %]&lt;/td>&lt;td align="right">[% format_number("p_slash_burn", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("blow_down", '&lt;b>Blow down&lt;/b>', 'Blow down') %]&lt;/td>&lt;td align="right">[% format_number("p_blow_down", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("conventional_mine", '&lt;b>Conventional mine&lt;/b>', 'Conventional mine') %]&lt;/td>&lt;td align="right">[% format_number("p_conventional_mine", 2) %]&lt;/td>&lt;/tr>&lt;/table></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
